#pragma once

#include <QImage>
#include <QString>

namespace fd::admin {

// A QR code of `text` (libqrencode, error correction M), each module `scale` pixels, with the
// quiet zone the standard asks for. Null image when the text does not fit a QR code.
QImage qrCodeImage(const QString& text, int scale = 6);

}  // namespace fd::admin
