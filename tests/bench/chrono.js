// chrono -- the benchmark's baseline for tag-dates: chrono-node's
// chrono.parse() over the text (last TAB field) of each input line, one
// row per date found: LINE START END VALUE SURFACE, like tag-dates.
//
//	NODE_PATH=DIR/node_modules node chrono.js [YYYY-MM-DD] < text
//
// The reference date (default 2019-09-05) plays tag-dates --ref-date.
'use strict';
const chrono = require('chrono-node');
const readline = require('readline');

const ref = new Date((process.argv[2] || '2019-09-05') + 'T12:00:00Z');
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let out = [];
let lineno = 0;
rl.on('line', (line) => {
	lineno++;
	const text = line.slice(line.lastIndexOf('\t') + 1);
	for (const r of chrono.parse(text, ref)) {
		const v = r.start.date().toISOString().slice(0, 16);
		out.push(lineno + '\t' + r.index + '\t' + (r.index + r.text.length) +
		    '\t' + v + '\t' + r.text);
	}
	if (out.length >= 4096) {
		process.stdout.write(out.join('\n') + '\n');
		out = [];
	}
});
rl.on('close', () => {
	if (out.length)
		process.stdout.write(out.join('\n') + '\n');
});
