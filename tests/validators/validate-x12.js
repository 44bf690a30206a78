#!/usr/bin/env node
// Parses X12 files strictly with node-x12, a reader the project did not write: ISA length and
// separators, segments only inside their envelopes, IEA01/GE01/SE01 counts and IEA02/GE02/SE02
// control numbers against ISA13/GS06/ST02. Prints one summary line per file (interchanges,
// groups, transaction sets, CLM segments) or the parser's error; exit 0 when every file parses,
// 1 otherwise, 2 on bad usage or an unreadable file.
'use strict';
const fs = require('fs');
const { X12Parser } = require('node-x12');

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: validate-x12.js FILE...');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  let text;
  try {
    text = fs.readFileSync(file, 'latin1');
  } catch (e) {
    console.error(`${file}: cannot read: ${e.message}`);
    process.exit(2);
  }
  let document;
  try {
    document = new X12Parser(true).parse(text);
  } catch (e) {
    failed++;
    console.log(`${file}: node-x12: ${e.name || 'error'}: ${e.message}`);
    continue;
  }
  const interchanges = Array.isArray(document.interchanges) ? document.interchanges : [document];
  let groups = 0;
  let transactions = 0;
  let claims = 0;
  for (const interchange of interchanges) {
    for (const group of interchange.functionalGroups) {
      groups++;
      for (const transaction of group.transactions) {
        transactions++;
        claims += transaction.segments.filter((s) => s.tag === 'CLM').length;
      }
    }
  }
  console.log(`${file}: ${interchanges.length} interchange(s), ${groups} group(s), ` +
              `${transactions} transaction set(s), ${claims} claim(s)`);
}
process.exit(failed ? 1 : 0);
