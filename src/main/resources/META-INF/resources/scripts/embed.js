// The embedded odds widget (/embed/{slug}): keeps its figures live over server-sent events.
// The browser reconnects by itself; every connection starts with the current odds. An official
// announcement reloads the widget, which then shows the outcome.
(function () {
  'use strict';
  var widget = document.querySelector('.widget[data-events]');
  if (!widget || !window.EventSource) {
    return;
  }
  var events = new EventSource(widget.getAttribute('data-events'));
  var first = true;
  events.addEventListener('odds', function (event) {
    var odds = JSON.parse(event.data);
    ['percent', 'label', 'detail'].forEach(function (field) {
      var element = widget.querySelector('[data-field="' + field + '"]');
      if (element && odds[field] !== undefined) {
        element.textContent = odds[field];
      }
    });
    // Say it once it changes, not when the page opens.
    var announce = widget.querySelector('[data-field="announce"]');
    if (announce && !first) {
      announce.textContent = odds.announce;
    }
    first = false;
    widget.setAttribute('data-live', 'true');
  });
  events.addEventListener('status', function () {
    events.close();
    window.location.reload();
  });
})();
