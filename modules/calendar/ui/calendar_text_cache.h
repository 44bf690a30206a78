#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QStaticText>

namespace fd::calendar::ui {

// Labels already shaped and elided, kept between paints: shaping text is most of the cost of
// a paint, and most labels are the same from one frame to the next. The view clears it when
// its font or layout changes.
class CalendarTextCache
{
public:
    // The label elided to the width, shaped for the font; its size() is what it takes.
    const QStaticText& label(const QString& text, const QFont& font, const QFontMetrics& fm,
                             int width);
    void clear() { m_labels.clear(); }
    int size() const { return int(m_labels.size()); }

private:
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
    QHash<Key, QStaticText> m_labels;
};

}  // namespace fd::calendar::ui
