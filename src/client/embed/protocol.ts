/** The message an embed page posts to its host: namespaced, and carrying a height only. Shared by
 * the embed page's script and, as a literal, public/embed.js (which must stay dependency-free). */
export const RESIZE_MESSAGE = 'stp-footprints:resize';
export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  height: number;
}
