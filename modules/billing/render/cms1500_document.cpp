// CMS-1500 (02/12): the data of each box at its place on the form, and the outputs.
#include "billing/render/cms1500_document.h"

#include "billing/render/cms1500_grid.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace fd::billing::render {

namespace {

using namespace grid;

// Prints data in the typewriter face on the form's grid.
class Typist
{
public:
    explicit Typist(QPainter& p) : m_p(p)
    {
        m_p.setPen(Qt::black);
        m_p.setFont(dataFont());
    }

    // `text` from column `column` on print line `line`, cut at `width` characters.
    void put(double line, double column, const QString& text, int width) const
    {
        const QString s = text.simplified().toUpper().left(width);
        if (!s.isEmpty())
            m_p.drawText(QPointF(x(column), y(line) + 96), s);
    }
    // Right-aligned so that the text ends in column `last`.
    void right(double line, double last, const QString& text) const
    {
        put(line, last - text.size() + 1, text, int(text.size()));
    }
    void mark(double line, double column, bool on = true) const
    {
        if (on)
            put(line, column, QStringLiteral("X"), 1);
    }
    // MM DD YYYY (or YY) in three cells starting at `column`.
    void date(double line, double column, const QDate& d, bool fullYear, double yearGap = 3) const
    {
        if (!d.isValid())
            return;
        put(line, column, d.toString(QStringLiteral("MM")), 2);
        put(line, column + 3, d.toString(QStringLiteral("dd")), 2);
        put(line, column + 3 + yearGap, d.toString(fullYear ? QStringLiteral("yyyy") : QStringLiteral("yy")), 4);
    }
    // Dollars right-aligned to end in `lastDollar`; the cents two columns on, past the rule.
    void money(double line, double lastDollar, Money amount) const
    {
        const qint64 cents = amount.cents();
        right(line, lastDollar, QString::number(cents / 100));
        put(line, lastDollar + 2, QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0')), 2);
    }
    // Street on `line`, city and state on the next row, ZIP code on the one after.
    void address(double line, double column, const Cms1500Address& a, double stateColumn) const
    {
        put(line, column, a.street, 28);
        put(line + 2, column, a.city, int(stateColumn - column - 1));
        put(line + 2, stateColumn, a.state, 2);
        put(line + 4, column, a.zip, 12);
    }
    // A three-line block: name, street, "CITY ST ZIP".
    void block(double line, double column, const QString& name, const Cms1500Address& a, int width) const
    {
        put(line, column, name, width);
        put(line + 1, column, a.street, width);
        put(line + 2, column, QStringLiteral("%1 %2 %3").arg(a.city, a.state, a.zip).simplified(), width);
    }
    void phone(double line, double areaColumn, double numberColumn, const QString& digits) const
    {
        if (digits.size() != 10)
            return;
        put(line, areaColumn, digits.left(3), 3);
        put(line, numberColumn, digits.mid(3), 7);
    }

private:
    QPainter& m_p;
};

double insuranceColumn(InsuranceType type)
{
    switch (type) {
        case InsuranceType::Medicare:
            return 1;
        case InsuranceType::Medicaid:
            return 8;
        case InsuranceType::Tricare:
            return 15;
        case InsuranceType::Champva:
            return 24;
        case InsuranceType::GroupHealthPlan:
            return 31;
        case InsuranceType::FecaBlackLung:
            return 39;
        case InsuranceType::Other:
            return 45;
    }
    return 45;
}

double relationshipColumn(Relationship r)
{
    switch (r) {
        case Relationship::Self:
            return 33;
        case Relationship::Spouse:
            return 38;
        case Relationship::Child:
            return 42;
        case Relationship::Other:
            return 47;
    }
    return 47;
}

void patientAndInsured(const Typist& t, const Cms1500Claim& c)
{
    t.mark(8, insuranceColumn(c.insuranceType));
    t.put(8, 50, c.insuredId, 29);
    t.put(10, 1, c.patientName, 28);
    t.date(10, 31, c.patientBirthDate, true);
    t.mark(10, 42, c.patientSex == QLatin1String("M"));
    t.mark(10, 47, c.patientSex == QLatin1String("F"));
    t.put(10, 50, c.insuredName, 29);
    t.address(12, 1, c.patientAddress, 26);
    t.mark(12, relationshipColumn(c.relationship));
    t.address(12, 50, c.insuredAddress, 74);
    t.put(18, 1, c.otherInsuredName, 28);
    t.put(20, 1, c.otherInsuredPolicy, 28);
    t.put(26, 1, c.otherPlanName, 28);
    t.mark(20, c.employmentRelated ? 35 : 41);
    t.mark(22, c.autoAccident ? 35 : 41);
    t.mark(24, c.otherAccident ? 35 : 41);
    t.put(18, 50, c.insuredGroup, 29);
    t.date(20, 53, c.insuredBirthDate, true);
    t.mark(20, 68, c.insuredSex == QLatin1String("M"));
    t.mark(20, 75, c.insuredSex == QLatin1String("F"));
    t.put(24, 50, c.planName, 29);
    t.mark(26, c.anotherPlan ? 52 : 57);
    t.put(30, 7, c.patientSignature, 22);
    t.put(30, 56, c.insuredSignature, 23);
}

void clinical(const Typist& t, const Cms1500Claim& c)
{
    t.put(34, 1, c.providerQualifier, 2);
    t.put(34, 4, c.providerName, 25);
    t.put(34, 34, c.providerNpi, 15);
    t.put(37, 42, c.icdIndicator, 1);
    for (int i = 0; i < c.diagnoses.size() && i < 12; ++i)
        t.put(38 + i / 4, 3 + 13 * (i % 4), c.diagnoses.at(i), 8);
    t.put(38, 50, c.resubmissionCode, 10);
    t.put(38, 62, c.originalReference, 17);
    t.put(40, 50, c.priorAuthorization, 29);
}

void serviceLine(const Typist& t, int row, const Cms1500Line& l)
{
    const double shaded = 44 + 2 * row;
    const double line = shaded + 1;
    t.put(shaded, 66, l.renderingOtherQualifier, 2);
    t.put(shaded, 69, l.renderingOtherId, 10);
    t.date(line, 1, l.from, false);
    t.date(line, 10, l.to, false);
    t.put(line, 19, l.placeOfService, 2);
    t.put(line, 25, l.code, 6);
    for (int m = 0; m < l.modifiers.size() && m < 4; ++m)
        t.put(line, 32 + 3 * m, l.modifiers.at(m), 2);
    t.put(line, 45, l.pointers, 4);
    t.money(line, 55, l.charge);
    t.put(line, 60, QString::number(l.units), 3);
    t.put(line, 69, l.renderingNpi, 10);
}

void provider(const Typist& t, const Cms1500Claim& c, const Cms1500Page& page)
{
    t.put(57, 1, c.taxId, 15);
    t.mark(57, c.taxIdIsEin ? 19 : 17);
    t.put(57, 23, c.claimNumber, 13);
    t.mark(57, c.acceptAssignment ? 37 : 42);
    if (page.total)
        t.money(57, 57, *page.total);
    else
        t.put(57, 51, Cms1500Document::tr("CONTINUED"), 10);
    t.put(61, 1, c.physicianSignature, 20);
    if (c.signedOn.isValid())
        t.put(62, 13, c.signedOn.toString(QStringLiteral("MM dd yy")), 8);
    t.block(59, 23, c.facilityName, c.facilityAddress, 26);
    t.put(62, 23, c.facilityNpi, 10);
    t.phone(58, 65, 69, c.billingPhone);
    t.block(59, 50, c.billingName, c.billingAddress, 29);
    t.put(62, 51, c.billingNpi, 10);
    t.put(62, 63, c.billingOtherId, 16);
}

}  // namespace

Cms1500Document::Cms1500Document(std::vector<Cms1500Claim> claims, Cms1500Options options)
    : m_claims(std::move(claims)), m_options(options), m_pages(paginate(m_claims, options.totals))
{
}

void Cms1500Document::paintData(QPainter& painter, const Cms1500Claim& c, const Cms1500Page& page) const
{
    const Typist t(painter);
    t.put(1, 41, c.payerName, 32);
    for (int i = 0; i < c.payerAddress.size() && i < 3; ++i)
        t.put(2 + i, 41, c.payerAddress.at(i), 32);
    if (page.count > 1)
        t.put(5, 64, tr("PAGE %1 OF %2").arg(page.number).arg(page.count), 14);
    patientAndInsured(t, c);
    clinical(t, c);
    for (std::size_t i = 0; i < page.lineCount; ++i)
        serviceLine(t, int(i), c.lines[page.firstLine + i]);
    provider(t, c, page);
}

void Cms1500Document::paintPage(QPainter& painter, std::size_t index) const
{
    const Cms1500Page& page = m_pages.at(index);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!m_options.dataOnly)
        paintFormTemplate(painter);
    paintData(painter, m_claims.at(page.claim), page);
    painter.restore();
}

Status Cms1500Document::print(QPagedPaintDevice& device) const
{
    if (m_pages.empty())
        return makeError(ErrorCode::InvalidInput, tr("There is no claim to print."), QStringLiteral("claims"));
    device.setPageSize(QPageSize(QPageSize::Letter));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Io, tr("The printer or file could not be opened for the claim forms."));
    // No margins (a printer prints its full page): the painter's origin is the sheet's corner.
    const double scale = double(device.width()) / kPageWidth;
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return makeError(ErrorCode::Io, tr("The printer refused page %1 of the claim forms.").arg(i + 1));
        }
        painter.resetTransform();
        painter.scale(scale, scale);
        paintPage(painter, i);
    }
    painter.end();
    return {};
}

Status Cms1500Document::print(QPrinter& printer) const
{
    printer.setFullPage(true);
    return print(static_cast<QPagedPaintDevice&>(printer));
}

Result<QByteArray> Cms1500Document::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(720);
        writer.setTitle(tr("CMS-1500 claim forms"));
        writer.setCreator(QStringLiteral("Frontdesk"));
        FD_TRY(print(writer));
    }
    return bytes;
}

QImage Cms1500Document::image(std::size_t page, int dpi) const
{
    QImage image(int(8.5 * dpi), 11 * dpi, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(dpi / 720.0, dpi / 720.0);
    paintPage(painter, page);
    painter.end();
    return image;
}

}  // namespace fd::billing::render
