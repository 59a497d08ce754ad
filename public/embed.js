/* STP footprints embeds: sizes each embedded map's iframe to its content. Trusts nothing from a
   message but a height, and only from the window of one of our iframes, on that iframe's origin. */
(function () {
  if (window.stpFootprintsEmbed) return;
  window.stpFootprintsEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'stp-footprints:resize') return;
    // Only a real number in a sane range: not "500", not [500], not NaN or Infinity.
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 50 || height > 20000) return;
    var frames = document.querySelectorAll('iframe[data-stp-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      try {
        if (new URL(frame.src, location.href).origin !== event.origin) continue;
      } catch (e) {
        continue;
      }
      frame.style.height = Math.ceil(height) + 'px';
      frame.setAttribute('height', String(Math.ceil(height)));
    }
  });
})();
