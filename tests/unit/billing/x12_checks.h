#pragma once

#include <QByteArray>

namespace fd::billing::test {

// Everything an 837P the project writes must pass, REQUIREd: the project's own reader and
// semantic checker with no findings; a strict parse by node-x12 (tests/validators/
// validate-x12.js), which must see `claims` claims; a walk of the pyx12 837P map in
// ../shared/samples/x12/pyx12-maps (loops, segments and elements) with no findings; CLM02
// equal to the sum of its SV102; HL ids 1, 2, 3... with parents seen before; a valid billing
// provider NPI.
void requireValid837(const QByteArray& content, int claims);

}  // namespace fd::billing::test
