#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

// The CMS-1500 (02/12) page geometry. The form is designed for 10 characters per inch and 6
// lines per inch (pica type): positions are given as a column (1-based, fractions allowed,
// 0.1 in each) and a print line (1-based, 1/6 in each). Painting happens in page units of
// 1/720 in on an 8.5 x 11 in sheet (6120 x 7920).
namespace fd::billing::render::grid {

inline constexpr double kPageWidth = 6120;
inline constexpr double kPageHeight = 7920;
inline constexpr double kLeft = 180;   // left edge of column 1 (0.25 in)
inline constexpr double kTop = 180;    // top of print line 1 (0.25 in)
inline constexpr double kPitch = 72;   // one column (0.1 in)
inline constexpr double kLine = 120;   // one print line (1/6 in)
inline constexpr double kFrameLeft = 0.6;    // column of the form's outer left rule
inline constexpr double kFrameRight = 79.6;  // and of its right rule

inline double x(double column)
{
    return kLeft + (column - 1) * kPitch;
}
inline double y(double line)  // the top of a print line
{
    return kTop + (line - 1) * kLine;
}

// The drop-out red of the pre-printed form (close to the OCR red it is printed in), and the
// tint of the shaded supplemental rows of item 24.
QColor formRed();
QColor shadeTint();

// The typewriter face of the data: a monospace font whose advance is exactly one column.
QFont dataFont();
// The form's caption face at `size` page units (55 = 5.5 pt).
QFont labelFont(double size, bool bold = false);

}  // namespace fd::billing::render::grid

namespace fd::billing::render {

// Draws the empty form (rules, captions, shading) in drop-out red.
void paintFormTemplate(QPainter& painter);

}  // namespace fd::billing::render
