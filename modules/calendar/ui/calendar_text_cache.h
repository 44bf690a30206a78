#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QGlyphRun>
#include <QHash>
#include <QLocale>
#include <QRawFont>
#include <QStaticText>
#include <QTime>

#include <array>
#include <memory>

namespace fd::calendar::ui {

// A label ready to draw: glyphs placed from the font's own advances (simple text), or shaped
// (anything else), and the width it takes.
struct CalendarLabel
{
    QGlyphRun glyphs;  // used when !shaped; its positions are on the baseline
    QStaticText text;  // used when shaped; drawn from its top-left
    double width = 0;
    bool shaped = false;
};

// Labels elided to their width, kept between paints: most labels are the same from one frame
// to the next. Text in the Latin scripts (patient names, types, times, statuses) is laid out
// from per-character glyphs and advances kept per font, without shaping: shaping a few hundred
// new labels was most of the cost of the first paint after a load. Other text (other scripts,
// combining marks, characters the font lacks) is shaped. The view clears it when its font or
// layout changes.
class CalendarTextCache
{
public:
    // The label elided to the width for the font.
    const CalendarLabel& label(const QString& text, const QFont& font, const QFontMetrics& fm,
                               int width);
    // A time of day as `format` writes it in the locale, kept per minute of the day.
    const QString& timeText(const QLocale& locale, const QString& format, const QTime& time);
    void clear();
    int size() const { return int(m_labels.size()); }

private:
    // Characters below this are laid out by the fast path (Latin-1 and Latin Extended-A/B).
    static constexpr int kSimpleChars = 0x250;

    struct Glyph
    {
        quint32 index = 0;
        float advance = 0;
        bool known = false;
    };
    struct Face
    {
        QRawFont raw;
        std::array<Glyph, kSimpleChars> glyphs;
        Glyph ellipsis;
    };
    struct Key
    {
        QString text;
        quint32 font = 0;
        int width = 0;
        friend bool operator==(const Key& a, const Key& b)
        {
            return a.width == b.width && a.font == b.font && a.text == b.text;
        }
        friend size_t qHash(const Key& k, size_t seed = 0)
        {
            return qHashMulti(seed, k.text, k.font, k.width);
        }
    };

    Face& faceFor(quint32 tag, const QFont& font);
    static const Glyph* glyphOf(Face& face, char16_t c);
    // The fast path; false when the text needs shaping.
    static bool place(Face& face, const QString& text, const QFont& font, int width,
                      CalendarLabel& out);
    static CalendarLabel shape(const QString& text, const QFont& font, const QFontMetrics& fm,
                               int width);

    QHash<Key, CalendarLabel> m_labels;
    QHash<quint32, std::shared_ptr<Face>> m_faces;
    QHash<int, QString> m_times;  // minute of the day -> text, for m_timeLocale and m_timeFormat
    QLocale m_timeLocale;
    QString m_timeFormat;
};

}  // namespace fd::calendar::ui
