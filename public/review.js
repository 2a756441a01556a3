// Keys for the review page (views/review-item.ejs): h switches harm, a switches named,
// 1–7 choose the device, g m c x the link, y saves as it stands. Keys typed into a text box
// are left alone. Without script the form works with Tab, arrows and Enter.
(function () {
  var form = document.querySelector('.review-form');
  if (!form) return;
  var LINKS = { g: 'grammatical', m: 'modifier', c: 'clause', x: 'none' };
  function pick(name, value) {
    var input = form.querySelector('input[name="' + name + '"][value="' + value + '"]');
    if (input) { input.checked = true; input.focus(); }
  }
  function flip(name) {
    var yes = form.querySelector('input[name="' + name + '"][value="yes"]');
    pick(name, yes && yes.checked ? 'no' : 'yes');
  }
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && target.tagName === 'INPUT' && target.type !== 'radio') return;
    var key = event.key;
    if (key === 'h') flip('harm');
    else if (key === 'a') flip('named');
    else if (LINKS[key]) pick('link', LINKS[key]);
    else if (/^[1-7]$/.test(key)) {
      var devices = form.querySelectorAll('input[name="device"]');
      var input = devices[Number(key) - 1];
      if (input) { input.checked = true; input.focus(); }
    } else if (key === 'y' || key === 'Enter') form.requestSubmit();
    else return;
    event.preventDefault();
  });
})();
