// The workbench's only script. Live updates: the server sends events (stories, sources,
// classifiers, progress) over one EventSource; every element with an id and a data-live list
// naming the event is re-rendered in place from a fresh copy of the page, without a reload.
(function () {
  'use strict';
  var live = document.getElementById('live');
  var activity = document.getElementById('activity');
  var toast = document.getElementById('toast');
  var pending = {};
  var timer = null;
  var toastTimer = null;

  function listens(el, names) {
    var wanted = el.getAttribute('data-live').split(/\s+/);
    return names.some(function (n) { return wanted.indexOf(n) >= 0; });
  }

  function refresh() {
    timer = null;
    var names = Object.keys(pending);
    pending = {};
    var targets = Array.prototype.filter.call(document.querySelectorAll('[data-live][id]'),
      function (el) { return listens(el, names); });
    if (targets.length === 0) {
      return;
    }
    // marked as a refresh, so that it leaves a notice waiting for the page a form redirects to
    fetch(location.href, { credentials: 'same-origin', headers: { 'X-Newsradar-Refresh': '1' } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(new Error('HTTP ' + r.status)); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        var shown = {};
        document.querySelectorAll('[data-id]').forEach(function (el) { shown[el.getAttribute('data-id')] = true; });
        targets.forEach(function (el) {
          var next = fresh.getElementById(el.id);
          if (next) {
            el.replaceWith(document.importNode(next, true));
          }
        });
        // what arrived with this update glows for a moment
        document.querySelectorAll('[data-id]').forEach(function (el) {
          if (!shown[el.getAttribute('data-id')]) {
            el.classList.add('fresh');
          }
        });
        document.body.setAttribute('data-refreshed', String(Date.now()));
      })
      .catch(function () { /* the next event tries again */ });
  }

  function schedule(name) {
    pending[name] = true;
    if (timer === null) {
      timer = setTimeout(refresh, 250);
    }
  }

  function say(text) {
    toast.textContent = text;
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { toast.hidden = true; }, 4000);
  }

  if (window.EventSource) {
    var events = new EventSource('/events');
    events.onopen = function () { live.classList.add('on'); };
    events.onerror = function () { live.classList.remove('on'); };
    ['stories', 'sources', 'classifiers'].forEach(function (name) {
      events.addEventListener(name, function (e) {
        schedule(name);
        if (name === 'stories') {
          var added = JSON.parse(e.data).added;
          say('새 기사 ' + added + '건');
        }
      });
    });
    events.addEventListener('progress', function (e) {
      var text = JSON.parse(e.data).activity;
      activity.textContent = text || '';
      activity.classList.toggle('busy', !!text);
    });
  }

  // a filter chosen from a list applies at once
  document.addEventListener('change', function (e) {
    if (e.target.matches('[data-autosubmit]') && e.target.form) {
      e.target.form.requestSubmit();
    }
  });
}());
