// Checks that a view fits the window whatever the language: boxes inside the window, a select's
// chosen text whole, a dialog's actions in reach. Each returns what does not fit, as
// "tag.class: text …" lines (an empty list when all fits), so a failure says what to look at.

/** Boxes in `root` (the root too) that reach past the window's left or right edge. */
async function outsideWindow(root) {
  return root.evaluate((el) => {
    const out = [];
    const width = document.documentElement.clientWidth;
    for (const e of [el, ...el.querySelectorAll('button, label, a, summary')]) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // A closed menu's items keep a box but are not drawn (and cannot be reached).
      if (!e.checkVisibility()) continue;
      if (r.left < -0.5 || r.right > width + 0.5) {
        out.push(`${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.trim().slice(0, 40)} at ${Math.round(r.left)}–${Math.round(r.right)} of 0–${width}`);
      }
    }
    return out;
  });
}

/** Selects in `root` whose chosen option's text does not show whole. A select drawn by the
 *  browser cannot wrap: its text is measured in its own font against its box, less its padding
 *  and its arrow (some 20 px). A select over a face (widgets/select_face.rs) shows the text in
 *  the face: the face must say the chosen text, unclipped, inside the window. */
async function chosenTextCut(root) {
  return root.evaluate((el) => {
    const out = [];
    const width = document.documentElement.clientWidth;
    const canvas = document.createElement('canvas').getContext('2d');
    for (const select of el.querySelectorAll('select')) {
      const style = getComputedStyle(select);
      if (style.display === 'none' || select.getBoundingClientRect().width === 0) continue;
      const chosen = select.selectedOptions[0] ? select.selectedOptions[0].textContent.trim() : '';
      const face = select.parentElement.querySelector(':scope > .select-face');
      if (face && getComputedStyle(face).display !== 'none') {
        const r = face.getBoundingClientRect();
        if (face.textContent.trim() !== chosen) out.push(`the face says "${face.textContent.trim()}", the select "${chosen}"`);
        if (face.scrollWidth > face.clientWidth + 1 || face.scrollHeight > face.clientHeight + 1 || r.left < -0.5 || r.right > width + 0.5) {
          out.push(`face cut: ${chosen}`);
        }
        continue;
      }
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const needs = canvas.measureText(chosen).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 20;
      if (needs > select.clientWidth + 1) out.push(`select cut: ${chosen} (${Math.round(needs)} px in ${select.clientWidth})`);
    }
    return out;
  });
}

/** A dialog's own actions (its .dialog-actions) that cannot be seen without scrolling: each
 *  button must lie within the dialog's visible box and the window. */
async function actionsOutOfReach(dialog) {
  return dialog.evaluate((el) => {
    const out = [];
    const box = el.getBoundingClientRect();
    const bottom = Math.min(box.bottom, window.innerHeight);
    for (const b of el.querySelectorAll(':scope > .dialog-actions button, :scope > form > .dialog-actions button')) {
      const r = b.getBoundingClientRect();
      if (r.top < box.top - 0.5 || r.bottom > bottom + 0.5) {
        out.push(`${b.textContent.trim()} at ${Math.round(r.top)}–${Math.round(r.bottom)}, the dialog shows ${Math.round(box.top)}–${Math.round(bottom)}`);
      }
    }
    return out;
  });
}

module.exports = { outsideWindow, chosenTextCut, actionsOutOfReach };
