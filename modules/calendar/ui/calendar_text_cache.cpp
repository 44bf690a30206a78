#include "calendar/ui/calendar_text_cache.h"

#include <QList>
#include <QPointF>

namespace fd::calendar::ui {

namespace {

constexpr char16_t kEllipsis = 0x2026;

quint32 fontTag(const QFont& font)
{
    return quint32(font.pointSizeF() * 64) | quint32(font.bold()) << 20 |
           quint32(font.strikeOut()) << 21;
}

}  // namespace

void CalendarTextCache::clear()
{
    m_labels.clear();
    m_faces.clear();
    m_times.clear();
}

const QString& CalendarTextCache::timeText(const QLocale& locale, const QString& format,
                                           const QTime& time)
{
    if (format != m_timeFormat || locale != m_timeLocale) {
        m_times.clear();
        m_timeFormat = format;
        m_timeLocale = locale;
    }
    const int minute = time.hour() * 60 + time.minute();
    auto found = m_times.constFind(minute);
    if (found == m_times.constEnd())
        found = m_times.insert(minute, locale.toString(QTime(time.hour(), time.minute()), format));
    return *found;
}

CalendarTextCache::Face& CalendarTextCache::faceFor(quint32 tag, const QFont& font)
{
    auto found = m_faces.constFind(tag);
    if (found != m_faces.constEnd())
        return **found;
    auto face = std::make_shared<Face>();
    face->raw = QRawFont::fromFont(font);
    return **m_faces.insert(tag, std::move(face));
}

// The glyph and advance of a character, looked up once per font; nullptr when the character
// needs shaping or a fallback font.
const CalendarTextCache::Glyph* CalendarTextCache::glyphOf(Face& face, char16_t c)
{
    const bool simple = c >= 0x20 && c < kSimpleChars && !(c >= 0x7f && c < 0xa0) && c != 0xad;
    Glyph* g = simple ? &face.glyphs[c] : c == kEllipsis ? &face.ellipsis : nullptr;
    if (!g)
        return nullptr;
    if (!g->known) {
        g->known = true;
        const QChar ch(c);
        int count = 1;
        quint32 index = 0;
        if (face.raw.isValid() && face.raw.glyphIndexesForChars(&ch, 1, &index, &count) &&
            count == 1 && index != 0) {
            QPointF advance;
            if (face.raw.advancesForGlyphIndexes(&index, &advance, 1)) {
                g->index = index;
                g->advance = float(advance.x());
            }
        }
    }
    return g->index != 0 ? g : nullptr;
}

bool CalendarTextCache::place(Face& face, const QString& text, const QFont& font, int width,
                              CalendarLabel& out)
{
    const qsizetype n = text.size();
    QList<quint32> indexes(n);
    QList<QPointF> positions(n);
    double x = 0;
    qsizetype fits = n;  // characters drawn when the whole text does not fit
    for (qsizetype i = 0; i < n; ++i) {
        const Glyph* g = glyphOf(face, text.at(i).unicode());
        if (!g)
            return false;
        indexes[i] = g->index;
        positions[i] = QPointF(x, 0);
        x += g->advance;
    }
    if (x > width) {
        const Glyph* dots = glyphOf(face, kEllipsis);
        if (!dots)
            return false;
        // The longest start that leaves room for the ellipsis, without trailing spaces.
        fits = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double end = (i + 1 < n ? positions[i + 1].x() : x);
            if (end + dots->advance > width)
                break;
            fits = i + 1;
        }
        while (fits > 0 && text.at(fits - 1).isSpace())
            --fits;
        const double start = positions[fits].x();  // where the kept start ends
        indexes.resize(fits);
        positions.resize(fits);
        if (start + dots->advance > width) {
            out.width = 0;  // not even the ellipsis fits: nothing is drawn
            return true;
        }
        indexes.append(dots->index);
        positions.append(QPointF(start, 0));
        x = start + dots->advance;
    }
    out.glyphs.setRawFont(face.raw);
    out.glyphs.setGlyphIndexes(indexes);
    out.glyphs.setPositions(positions);
    out.glyphs.setStrikeOut(font.strikeOut());
    out.width = x;
    return true;
}

CalendarLabel CalendarTextCache::shape(const QString& text, const QFont& font,
                                       const QFontMetrics& fm, int width)
{
    // Shaped once for its width; only a label that does not fit is shaped again, elided.
    const auto prepared = [&](const QString& t) {
        QStaticText st(t);
        st.setTextFormat(Qt::PlainText);
        st.setPerformanceHint(QStaticText::AggressiveCaching);
        st.prepare(QTransform(), font);
        return st;
    };
    CalendarLabel label;
    label.shaped = true;
    label.text = prepared(text);
    if (label.text.size().width() > width)
        label.text = prepared(fm.elidedText(text, Qt::ElideRight, width));
    label.width = label.text.size().width();
    return label;
}

const CalendarLabel& CalendarTextCache::label(const QString& text, const QFont& font,
                                              const QFontMetrics& fm, int width)
{
    const quint32 tag = fontTag(font);
    Key key{text, tag, width};
    const auto found = m_labels.constFind(key);
    if (found != m_labels.constEnd())
        return *found;
    if (m_labels.size() > 50000)
        m_labels.clear();
    CalendarLabel placed;
    if (!place(faceFor(tag, font), text, font, width, placed))
        placed = shape(text, font, fm, width);
    return *m_labels.insert(std::move(key), std::move(placed));
}

}  // namespace fd::calendar::ui
