#include "x12/guide_text_loader.h"

#include "x12/guide_map_loader.h"

namespace fd::x12 {

namespace {
QList<QByteArray> words(const QByteArray& text)
{
    return text.simplified().split(' ');
}

QByteArray twoDigits(int n)
{
    return QByteArray::number(n).rightJustified(2, '0');
}
}  // namespace

Error GuideTextLoader::error(const QString& source, int line, const QString& what) const
{
    return makeError(ErrorCode::Corrupt, tr("guide description %1 line %2: %3").arg(source).arg(line).arg(what));
}

ElementSpec GuideTextLoader::elementFor(const QByteArray& dataElement, const QByteArray& refDes, int seq) const
{
    ElementSpec e;
    e.dataElement = dataElement;
    e.refDes = refDes;
    e.seq = seq;
    e.usage = Usage::Situational;
    if (dataElement == "-") {
        e.type = "AN";
        return e;
    }
    if (const ElementSpec* composite = m_dictionary.compositeLayout(dataElement)) {
        e.components = composite->components;
        for (auto& c : e.components) {
            c.usage = Usage::Situational;
            c.codes.clear();
            c.externalCodes.clear();
            c.refDes = refDes + '-' + twoDigits(c.seq);
        }
        return e;
    }
    m_dictionary.applyType(e);
    return e;
}

Status GuideTextLoader::parseLayout(const QList<QByteArray>& w, int line)
{
    if (w.size() < 3)
        return error(m_source, line, tr("a layout needs an id and its elements"));
    if (w[0] == "composite") {
        ElementSpec c;
        c.dataElement = w[1];
        for (int i = 2; i < w.size(); ++i) {
            ElementSpec part = elementFor(w[i], {}, i - 1);
            c.components.push_back(part);
        }
        m_dictionary.addComposite(c);
        return {};
    }
    SegmentSpec s;
    s.id = w[1];
    for (int i = 2; i < w.size(); ++i) {
        const int seq = i - 1;
        s.elements.push_back(elementFor(w[i], s.id + twoDigits(seq), seq));
    }
    m_dictionary.addLayout(s);
    return {};
}

Status GuideTextLoader::applyElement(SegmentSpec& spec, const QByteArray& clause, int line) const
{
    const QList<QByteArray> w = words(clause);
    if (w.size() < 2)
        return error(m_source, line, tr("element clause '%1' needs a position and a usage").arg(QString::fromLatin1(clause)));
    const QList<QByteArray> pos = w[0].split('-');
    const int seq = pos[0].toInt();
    if (seq < 1 || seq > int(spec.elements.size()))
        return error(m_source, line, tr("%1 has no element %2").arg(QString::fromLatin1(spec.id), QString::fromLatin1(w[0])));
    ElementSpec* e = &spec.elements[seq - 1];
    if (pos.size() > 1) {
        const int comp = pos[1].toInt();
        if (comp < 1 || comp > int(e->components.size()))
            return error(m_source, line, tr("%1 has no component %2").arg(QString::fromLatin1(spec.id), QString::fromLatin1(w[0])));
        e = &e->components[comp - 1];
    }
    e->usage = parseUsage(w[1]);
    for (int i = 2; i < w.size(); ++i) {
        if (w[i].startsWith('^'))
            e->repeat = parseRepeat(w[i].mid(1));
        else if (w[i].startsWith('@'))
            e->externalCodes = w[i].mid(1);
        else
            e->codes = w[i].split(',');
    }
    return {};
}

Result<SegmentSpec> GuideTextLoader::parseSegment(const QList<QByteArray>& w, const QByteArray& rest, int line) const
{
    if (w.size() < 4)
        return error(m_source, line, tr("a segment needs an id, a usage and a maximum use"));
    const SegmentSpec* layout = m_dictionary.segmentLayout(w[1]);
    if (!layout)
        return error(m_source, line, tr("no layout for segment %1").arg(QString::fromLatin1(w[1])));
    SegmentSpec s;
    s.id = w[1];
    s.usage = parseUsage(w[2]);
    s.maxUse = parseRepeat(w[3]);
    for (const auto& e : layout->elements) {
        ElementSpec copy = e;
        copy.usage = Usage::Situational;
        copy.codes.clear();
        copy.externalCodes.clear();
        for (auto& c : copy.components) {
            c.usage = Usage::Situational;
            c.codes.clear();
            c.externalCodes.clear();
        }
        s.elements.push_back(std::move(copy));
    }
    s.syntax = layout->syntax;
    const QList<QByteArray> clauses = rest.split('|');
    for (int i = 1; i < clauses.size(); ++i)
        FD_TRY(applyElement(s, clauses[i], line));
    deriveQualifier(s);
    return s;
}

Result<Guide> GuideTextLoader::load(const QByteArray& text, const QString& source)
{
    m_source = source;
    Guide g;
    g.source = source;
    g.root.id = "ST";
    g.root.usage = Usage::Required;
    std::vector<LoopSpec*> stack{&g.root};
    const QList<QByteArray> lines = text.split('\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QByteArray raw = lines[n];
        const QByteArray body = raw.trimmed();
        if (body.isEmpty() || body.startsWith('#'))
            continue;
        int indent = 0;
        while (indent < raw.size() && raw.at(indent) == ' ')
            ++indent;
        const int depth = indent / 2;
        const QList<QByteArray> w = words(body.split('|').first());
        const QByteArray& verb = w.first();
        if (verb == "transaction" && w.size() >= 4) {
            g.transactionSet = w[1];
            g.version = w[2];
            g.functionalId = w[3];
            g.name = QString::fromUtf8(w.mid(4).join(' '));
        } else if (verb == "layout" || verb == "composite") {
            FD_TRY(parseLayout(w, n + 1));
        } else if (verb == "seg" || verb == "loop") {
            if (depth + 1 > int(stack.size()))
                return error(source, n + 1, tr("indentation does not follow a loop"));
            stack.resize(depth + 1);
            GuideNode node;
            if (verb == "seg") {
                auto seg = parseSegment(w, body, n + 1);
                if (!seg)
                    return seg.error();
                node.segment = std::move(seg.value());
                stack.back()->children.push_back(std::move(node));
            } else {
                if (w.size() < 4)
                    return error(source, n + 1, tr("a loop needs an id, a usage and a repeat"));
                node.loop = std::make_unique<LoopSpec>();
                node.loop->id = w[1];
                node.loop->usage = parseUsage(w[2]);
                node.loop->maxRepeat = parseRepeat(w[3]);
                node.loop->name = QString::fromUtf8(w.mid(4).join(' '));
                LoopSpec* raw = node.loop.get();
                stack.back()->children.push_back(std::move(node));
                stack.push_back(raw);
            }
        } else {
            return error(source, n + 1, tr("unknown statement '%1'").arg(QString::fromLatin1(verb)));
        }
    }
    if (g.transactionSet.isEmpty() || g.root.children.empty())
        return error(source, 0, tr("no transaction line or no segments"));
    return g;
}

}  // namespace fd::x12
