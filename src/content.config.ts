// Content collections are declared here as they arrive (articles: see the articles issue).
export const collections = {};
