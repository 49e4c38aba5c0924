(function () {
  "use strict";
  var root = document.documentElement;
  var data = JSON.parse(document.getElementById("ne-data").textContent);
  var details = document.getElementById("ne-details");
  var selected = null;

  function all(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector));
  }
  function ids(el, attr) {
    var value = el.getAttribute(attr);
    return value ? value.split(" ") : [];
  }
  function attrHas(attr, id) {
    return "[" + attr + '~="' + id + '"]';
  }
  function actorName(id) {
    var actor = data.actors[id];
    return actor ? actor.name : id;
  }

  // Hovering part of a statement or meeting lights up all of it, in the text and in the lists.
  function hover(el, on) {
    var selectors = [];
    ids(el, "data-s").concat(ids(el, "data-cue")).forEach(function (id) {
      selectors.push(attrHas("data-s", id), attrHas("data-cue", id));
    });
    ids(el, "data-mt").forEach(function (id) {
      selectors.push(attrHas("data-mt", id));
    });
    if (selectors.length) {
      all(selectors.join(",")).forEach(function (node) {
        node.classList.toggle("ne-hl", on);
      });
    }
  }
  document.addEventListener("mouseover", function (event) {
    var el = event.target.closest("[data-s],[data-cue],[data-mt]");
    if (el) hover(el, true);
  });
  document.addEventListener("mouseout", function (event) {
    var el = event.target.closest("[data-s],[data-cue],[data-mt]");
    if (el) hover(el, false);
  });

  // Selecting an actor marks its mentions and every statement it is a speaker of.
  function select(actor) {
    all(".ne-sel").forEach(function (node) {
      node.classList.remove("ne-sel");
    });
    selected = actor === selected ? null : actor;
    document.body.classList.toggle("ne-focus", selected !== null);
    if (selected === null) return;
    all(
      attrHas("data-a", selected) + "," + attrHas("data-sp", selected) +
        ',.ne-actor[data-actor="' + selected + '"]'
    ).forEach(function (node) {
      node.classList.add("ne-sel");
    });
  }

  function row(dl, term, value) {
    if (value === null || value === undefined || value === "") return;
    var dt = document.createElement("dt");
    var dd = document.createElement("dd");
    dt.textContent = term;
    dd.textContent = Array.isArray(value) ? value.join(", ") : String(value);
    dd.setAttribute("dir", "auto");
    dl.appendChild(dt);
    dl.appendChild(dd);
  }
  function block(title, fields) {
    var h = document.createElement("h4");
    h.textContent = title;
    details.appendChild(h);
    var dl = document.createElement("dl");
    fields.forEach(function (f) {
      row(dl, f[0], f[1]);
    });
    details.appendChild(dl);
  }
  function fact(item) {
    return [["confidence", item.confidence], ["method", item.method]];
  }
  function showActor(id) {
    var a = data.actors[id];
    if (!a) return;
    block("Actor " + id, [
      ["name", a.name],
      ["kind", a.kind],
      ["also written", a.names],
      ["roles", a.roles],
      ["identifiers", a.identifiers],
      ["statements", a.statements],
      ["meetings", a.meetings],
    ]);
  }
  function showStatement(id) {
    var s = data.statements[id];
    if (!s) return;
    block("Statement " + id, [
      ["speaker", s.speakers.map(actorName)],
      ["cue", s.cue],
      ["lemma", s.cue_lemma],
      ["stance", s.stance],
      ["quote", s.quote],
      ["content", s.content],
      ["reported by", s.reported_by ? actorName(s.reported_by) : null],
      ["about", s.about.map(actorName)],
      ["time", s.time],
    ].concat(fact(s)));
  }
  function showMeeting(id) {
    var m = data.meetings[id];
    if (!m) return;
    block("Meeting " + id, [
      ["trigger", m.trigger],
      ["mode", m.mode],
      ["status", m.status],
      ["polarity", m.polarity],
      ["participants", m.participants.map(function (p) {
        return actorName(p.actor) + " (" + p.role + ")";
      })],
      ["time", m.time],
      ["place", m.place],
      ["framework", m.framework ? actorName(m.framework) : null],
      ["topics", m.topics],
      ["reported by", m.reported_by ? actorName(m.reported_by) : null],
    ].concat(fact(m)));
  }
  function showSimple(kind, table, id) {
    var item = table[id];
    if (!item) return;
    var fields = [];
    Object.keys(item).forEach(function (key) {
      fields.push([key, item[key]]);
    });
    block(kind + " " + id, fields);
  }
  function show(el) {
    details.textContent = "";
    ids(el, "data-m").forEach(function (id) {
      var m = data.mentions[id];
      block("Mention " + id, [["text", m.text], ["form", m.form]]);
      showActor(m.actor);
    });
    ids(el, "data-s").concat(ids(el, "data-cue")).filter(function (id, i, list) {
      return list.indexOf(id) === i;
    }).forEach(showStatement);
    ids(el, "data-mt").forEach(showMeeting);
    ids(el, "data-t").forEach(function (id) { showSimple("Time", data.times, id); });
    ids(el, "data-p").forEach(function (id) { showSimple("Place", data.places, id); });
  }

  document.addEventListener("click", function (event) {
    var pick = event.target.closest("[data-actor]");
    if (pick) {
      var actor = pick.getAttribute("data-actor");
      select(actor);
      details.textContent = "";
      showActor(actor);
      return;
    }
    var el = event.target.closest(".ne-seg,.ne-badge,.ne-statement,.ne-meeting");
    if (!el) return;
    show(el);
    var actors = ids(el, "data-a");
    if (actors.length) select(actors[0]);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && selected !== null) select(selected);
  });

  root.setAttribute("data-ne-ready", "1");
})();
