// Filters the story list by topic, 시·도 and text; a bar in a chart filters by its topic or region.
// The initial filter may come from the address (#topic=data_center&region=부산광역시&q=준공).
(function () {
  'use strict';
  var stories = Array.prototype.slice.call(document.querySelectorAll('article.story'));
  var topic = document.getElementById('filter-topic');
  var region = document.getElementById('filter-region');
  var text = document.getElementById('filter-text');
  var shown = document.getElementById('shown');
  var words = new Map();

  function textOf(story) {
    var t = words.get(story);
    if (t === undefined) {
      t = story.textContent.toLowerCase();
      words.set(story, t);
    }
    return t;
  }

  function matches(story, t, r, q) {
    var topics = story.dataset.topics ? story.dataset.topics.split(' ') : [];
    var regions = story.dataset.regions ? story.dataset.regions.split('|') : [];
    return (t === '' || (t === '-' ? topics.length === 0 : topics.indexOf(t) >= 0))
      && (r === '' || regions.indexOf(r) >= 0)
      && (q === '' || textOf(story).indexOf(q) >= 0);
  }

  function apply() {
    var t = topic.value, r = region.value, q = text.value.trim().toLowerCase();
    var n = 0;
    stories.forEach(function (story) {
      var visible = matches(story, t, r, q);
      story.hidden = !visible;
      if (visible) {
        n++;
      }
    });
    shown.textContent = String(n);
  }

  function choose(select, value) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) {
        select.value = value;
        return;
      }
    }
  }

  var wanted = new URLSearchParams(location.hash.replace(/^#/, ''));
  choose(topic, wanted.get('topic') || '');
  choose(region, wanted.get('region') || '');
  text.value = wanted.get('q') || '';

  topic.addEventListener('change', apply);
  region.addEventListener('change', apply);
  text.addEventListener('input', apply);
  document.querySelectorAll('.bar[data-topic]').forEach(function (bar) {
    bar.addEventListener('click', function () {
      choose(topic, bar.dataset.topic);
      apply();
    });
  });
  document.querySelectorAll('.bar[data-region]').forEach(function (bar) {
    bar.addEventListener('click', function () {
      choose(region, bar.dataset.region);
      apply();
    });
  });
  apply();
}());
