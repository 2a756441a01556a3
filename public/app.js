// Enhancements only: every page works without this file.
// - "Copy" button next to the shareable link.
// - Escape hides an open tooltip (it shows again on the next hover or focus).
// - Tooltips are moved under the highlighted word when there is room.
(function () {
  'use strict';

  function addCopyButton() {
    var input = document.getElementById('share-link');
    if (!input || !navigator.clipboard) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-quiet';
    button.textContent = 'Copy';
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(input.value).then(function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy'; }, 2000);
      });
    });
    input.parentNode.insertBefore(button, input.nextSibling);
  }

  function placeTip(mark) {
    var tip = mark.querySelector('.tip');
    var para = mark.closest('p');
    if (!tip || !para) return;
    var room = para.clientWidth - tip.offsetWidth;
    var left = mark.getBoundingClientRect().left - para.getBoundingClientRect().left;
    tip.style.left = Math.max(0, Math.min(left, room)) + 'px';
    tip.style.right = 'auto';
  }

  function onShow(event) {
    var mark = event.target.closest && event.target.closest('mark.hl');
    if (!mark) return;
    document.body.classList.remove('tips-hidden');
    placeTip(mark);
  }

  document.addEventListener('mouseover', onShow);
  document.addEventListener('focusin', onShow);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') document.body.classList.add('tips-hidden');
  });
  addCopyButton();
})();
