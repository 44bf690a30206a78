#pragma once

#include "billing_fixture.h"

#include <QByteArray>

namespace fd::billing::test {

// Adds the eligibility schema and permission to a BillingFixture.
void enableEligibility(BillingFixture& f);

// A 270 the project writes must pass, REQUIREd: the project's own reader and guide with no
// findings, and a strict parse by node-x12 (tests/validators/validate-x12.js).
void requireValid270(const QByteArray& content);

// The TRN02 of a 270 (the trace its 271 must echo).
QByteArray traceOf(const QByteArray& x12);

// A 271 answering `trace`: the body lines (segments between HL*3 and SE, '~'-terminated, one
// per line) wrapped in a valid envelope with SE01 counted.
QByteArray make271(const QByteArray& trace, const QByteArray& memberSegments);

QByteArray readTestFile(const QString& path);

}  // namespace fd::billing::test
