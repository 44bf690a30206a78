// The empty CMS-1500 (02/12): rules, captions and shading at the form's own geometry.
#include "billing/render/cms1500_grid.h"

#include <QPainter>
#include <QPainterPath>

namespace fd::billing::render {

namespace grid {

QColor formRed()
{
    return QColor(0xE0, 0x23, 0x2B);
}

QColor shadeTint()
{
    return QColor(0xFB, 0xE3, 0xE4);
}

QFont dataFont()
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::TypeWriter);
    font.setPixelSize(108);
    font.setKerning(false);
    // DejaVu Sans Mono advances 0.602 em, 65 units at 10.8 pt: widened to the 72 units of a
    // column (rather than spaced out, which PDF text extraction reads as a space per letter).
    font.setStretch(111);
    return font;
}

QFont labelFont(double size, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans Condensed"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(int(size));
    font.setBold(bold);
    return font;
}

}  // namespace grid

namespace {

using namespace grid;

// Draws in the form's red with the grid's coordinates.
class Ink
{
public:
    explicit Ink(QPainter& p) : m_p(p) {}

    void hline(double line, double from, double to, double width = 6) const
    {
        m_p.setPen(QPen(formRed(), width, Qt::SolidLine, Qt::FlatCap));
        m_p.drawLine(QPointF(x(from), y(line)), QPointF(x(to), y(line)));
    }
    void vline(double column, double fromLine, double toLine, double width = 6, Qt::PenStyle style = Qt::SolidLine) const
    {
        m_p.setPen(QPen(formRed(), width, style, Qt::FlatCap));
        m_p.drawLine(QPointF(x(column), y(fromLine)), QPointF(x(column), y(toLine)));
    }
    // A caption starting at the top of `line`.
    void text(double line, double column, const QString& s, double size = 52, bool bold = false) const
    {
        m_p.setPen(formRed());
        m_p.setFont(labelFont(size, bold));
        m_p.drawText(QPointF(x(column), y(line) + size + 4), s);
    }
    // A caption whose baseline sits near the bottom of `line`, beside data printed on it.
    void low(double line, double column, const QString& s, double size = 52) const
    {
        m_p.setPen(formRed());
        m_p.setFont(labelFont(size));
        m_p.drawText(QPointF(x(column), y(line) + 100), s);
    }
    // A check box in the data cell (column, line).
    void box(double line, double column) const
    {
        m_p.setPen(QPen(formRed(), 5));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(QRectF(x(column) + 6, y(line) + 30, 60, 72));
    }
    void shade(double line, double from, double to, double lines = 1) const
    {
        m_p.fillRect(QRectF(x(from), y(line), x(to) - x(from), kLine * lines), shadeTint());
    }
    QPainter& painter() const { return m_p; }

private:
    QPainter& m_p;
};

void header(const Ink& ink)
{
    QPainter& p = ink.painter();
    p.setPen(formRed());
    p.setFont(labelFont(260, true));
    p.drawText(QPointF(x(1), y(4)), QStringLiteral("1500"));
    p.setFont(labelFont(150, true));
    p.drawText(QPointF(x(1), y(5) + 20), QStringLiteral("HEALTH INSURANCE CLAIM FORM"));
    ink.text(5.25, 1, QStringLiteral("APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12"), 50);
    ink.box(6, 1);
    ink.low(6, 2.1, QStringLiteral("PICA"), 52);
    ink.low(6, 75, QStringLiteral("PICA"), 52);
    ink.box(6, 78);
}

void boxOne(const Ink& ink)
{
    const struct
    {
        double column;
        const char* name;
        const char* id;
    } kinds[] = {{1, "1. MEDICARE", "(Medicare#)"}, {8, "MEDICAID", "(Medicaid#)"}, {15, "TRICARE", "(ID#/DoD#)"},
                 {24, "CHAMPVA", "(Member ID#)"}, {31, "GROUP HEALTH PLAN", "(ID#)"},
                 {39, "FECA BLK LUNG", "(ID#)"}, {45, "OTHER", "(ID#)"}};
    for (const auto& k : kinds) {
        ink.text(7, k.column, QString::fromLatin1(k.name));
        ink.box(8, k.column);
        ink.low(8, k.column + 1.1, QString::fromLatin1(k.id), 48);
    }
    ink.text(7, 50, QStringLiteral("1a. INSURED'S I.D. NUMBER"));
    ink.text(7, 68, QStringLiteral("(For Program in Item 1)"));
}

void patientRows(const Ink& ink)
{
    ink.text(9, 1, QStringLiteral("2. PATIENT'S NAME (Last Name, First Name, Middle Initial)"));
    ink.text(9, 30, QStringLiteral("3. PATIENT'S BIRTH DATE"));
    ink.text(9, 44, QStringLiteral("SEX"));
    ink.text(9.5, 31, QStringLiteral("MM       DD        YY"), 44);
    ink.low(10, 41, QStringLiteral("M"));
    ink.box(10, 42);
    ink.low(10, 46, QStringLiteral("F"));
    ink.box(10, 47);
    ink.text(9, 50, QStringLiteral("4. INSURED'S NAME (Last Name, First Name, Middle Initial)"));
    ink.text(11, 1, QStringLiteral("5. PATIENT'S ADDRESS (No., Street)"));
    ink.text(11, 30, QStringLiteral("6. PATIENT RELATIONSHIP TO INSURED"));
    const struct
    {
        double label;
        double box;
        const char* name;
    } relations[] = {{30.3, 33, "Self"}, {34.3, 38, "Spouse"}, {39.6, 42, "Child"}, {44.6, 47, "Other"}};
    for (const auto& r : relations) {
        ink.low(12, r.label, QString::fromLatin1(r.name));
        ink.box(12, r.box);
    }
    ink.text(11, 50, QStringLiteral("7. INSURED'S ADDRESS (No., Street)"));
    for (double column : {1.0, 50.0}) {
        ink.text(13, column, QStringLiteral("CITY"));
        ink.text(15, column, QStringLiteral("ZIP CODE"));
    }
    ink.text(13, 25.7, QStringLiteral("STATE"));
    ink.text(13, 73.7, QStringLiteral("STATE"));
    ink.text(15, 13.7, QStringLiteral("TELEPHONE (Include Area Code)"));
    ink.text(15, 62.7, QStringLiteral("TELEPHONE (Include Area Code)"));
    for (double column : {14.2, 63.2}) {
        ink.low(16, column, QStringLiteral("("), 80);
        ink.low(16, column + 4, QStringLiteral(")"), 80);
    }
    ink.text(13, 30, QStringLiteral("8. RESERVED FOR NUCC USE"));
}

void otherInsuranceRows(const Ink& ink)
{
    ink.text(17, 1, QStringLiteral("9. OTHER INSURED'S NAME (Last Name, First Name, Middle Initial)"));
    ink.text(19, 1, QStringLiteral("a. OTHER INSURED'S POLICY OR GROUP NUMBER"));
    ink.text(21, 1, QStringLiteral("b. RESERVED FOR NUCC USE"));
    ink.text(23, 1, QStringLiteral("c. RESERVED FOR NUCC USE"));
    ink.text(25, 1, QStringLiteral("d. INSURANCE PLAN NAME OR PROGRAM NAME"));
    ink.text(17, 30, QStringLiteral("10. IS PATIENT'S CONDITION RELATED TO:"));
    const char* questions[] = {"a. EMPLOYMENT? (Current or Previous)", "b. AUTO ACCIDENT?", "c. OTHER ACCIDENT?"};
    for (int i = 0; i < 3; ++i) {
        const double line = 19 + 2 * i;
        ink.text(line, 31, QString::fromLatin1(questions[i]));
        ink.box(line + 1, 35);
        ink.low(line + 1, 36.2, QStringLiteral("YES"));
        ink.box(line + 1, 41);
        ink.low(line + 1, 42.2, QStringLiteral("NO"));
    }
    ink.text(21, 44.2, QStringLiteral("PLACE (State)"), 46);
    ink.hline(23, 44.5, 48, 4);
    ink.text(25, 30, QStringLiteral("10d. CLAIM CODES (Designated by NUCC)"));
    ink.text(17, 50, QStringLiteral("11. INSURED'S POLICY GROUP OR FECA NUMBER"));
    ink.text(19, 50, QStringLiteral("a. INSURED'S DATE OF BIRTH"));
    ink.text(19.5, 53, QStringLiteral("MM       DD        YY"), 44);
    ink.text(19, 70, QStringLiteral("SEX"));
    ink.low(20, 67, QStringLiteral("M"));
    ink.box(20, 68);
    ink.low(20, 74, QStringLiteral("F"));
    ink.box(20, 75);
    ink.text(21, 50, QStringLiteral("b. OTHER CLAIM ID (Designated by NUCC)"));
    ink.text(23, 50, QStringLiteral("c. INSURANCE PLAN NAME OR PROGRAM NAME"));
    ink.text(25, 50, QStringLiteral("d. IS THERE ANOTHER HEALTH BENEFIT PLAN?"));
    ink.box(26, 52);
    ink.low(26, 53.2, QStringLiteral("YES"));
    ink.box(26, 57);
    ink.low(26, 58.2, QStringLiteral("NO"));
    ink.low(26, 61, QStringLiteral("If yes, complete items 9, 9a, and 9d."), 46);
}

void signatureRows(const Ink& ink)
{
    ink.text(27, 7, QStringLiteral("READ BACK OF FORM BEFORE COMPLETING & SIGNING THIS FORM."), 58, true);
    ink.text(28, 1, QStringLiteral("12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE  I authorize the release of any medical or other "
                                   "information necessary"),
             46);
    ink.text(28.5, 1, QStringLiteral("to process this claim. I also request payment of government benefits either to myself or "
                                     "to the party who accepts assignment"),
             46);
    ink.text(29, 1, QStringLiteral("below."), 46);
    ink.low(30, 1, QStringLiteral("SIGNED"));
    ink.low(30, 33, QStringLiteral("DATE"));
    ink.hline(31 - 0.12, 5.5, 29);
    ink.hline(31 - 0.12, 36, 48);
    ink.text(27, 50, QStringLiteral("13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE I authorize"), 46);
    ink.text(27.5, 50, QStringLiteral("payment of medical benefits to the undersigned physician or supplier for"), 46);
    ink.text(28, 50, QStringLiteral("services described below."), 46);
    ink.low(30, 50, QStringLiteral("SIGNED"));
    ink.hline(31 - 0.12, 54.5, 78.5);
}

void clinicalRows(const Ink& ink)
{
    ink.text(31, 1, QStringLiteral("14. DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP)"));
    ink.text(31, 27.8, QStringLiteral("15. OTHER DATE"));
    ink.text(31, 50, QStringLiteral("16. DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION"));
    ink.low(32, 10.5, QStringLiteral("QUAL."), 44);
    ink.low(32, 27.8, QStringLiteral("QUAL."), 44);
    ink.low(32, 50.2, QStringLiteral("FROM"), 44);
    ink.low(32, 64.2, QStringLiteral("TO"), 44);
    ink.text(33, 1, QStringLiteral("17. NAME OF REFERRING PROVIDER OR OTHER SOURCE"));
    ink.shade(33, 29.5, 49.5);
    ink.text(33, 29.7, QStringLiteral("17a."));
    ink.text(34, 29.7, QStringLiteral("17b."));
    ink.low(34, 30.7, QStringLiteral("NPI"), 44);
    ink.text(33, 50, QStringLiteral("18. HOSPITALIZATION DATES RELATED TO CURRENT SERVICES"));
    ink.low(34, 50.2, QStringLiteral("FROM"), 44);
    ink.low(34, 64.2, QStringLiteral("TO"), 44);
    ink.text(35, 1, QStringLiteral("19. ADDITIONAL CLAIM INFORMATION (Designated by NUCC)"));
    ink.text(35, 50, QStringLiteral("20. OUTSIDE LAB?"));
    ink.text(35, 61, QStringLiteral("$ CHARGES"));
    ink.box(36, 52);
    ink.low(36, 53.2, QStringLiteral("YES"));
    ink.box(36, 57);
    ink.low(36, 58.2, QStringLiteral("NO"));
    ink.text(37, 1, QStringLiteral("21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY  Relate A-L to service line below (24E)"));
    ink.text(37, 36.8, QStringLiteral("ICD Ind."), 46);
    ink.hline(38, 41.5, 43.5, 4);
    ink.vline(41.5, 37.3, 38, 4);
    ink.vline(43.5, 37.3, 38, 4);
    const char letters[] = "ABCDEFGHIJKL";
    for (int i = 0; i < 12; ++i) {
        const double line = 38 + i / 4;
        const double column = 1 + 13 * (i % 4);
        ink.low(line, column + 0.1, QStringLiteral("%1.").arg(QLatin1Char(letters[i])));
        ink.hline(line + 1 - 0.12, column + 1.8, column + 10.5, 4);
    }
    ink.text(37, 50, QStringLiteral("22. RESUBMISSION"));
    ink.text(37.5, 50, QStringLiteral("CODE"));
    ink.text(37, 61, QStringLiteral("ORIGINAL REF. NO."));
    ink.text(39, 50, QStringLiteral("23. PRIOR AUTHORIZATION NUMBER"));
}

void serviceHeader(const Ink& ink)
{
    ink.text(41, 1, QStringLiteral("24. A.      DATE(S) OF SERVICE"));
    ink.text(42, 2.5, QStringLiteral("From"));
    ink.text(42, 12, QStringLiteral("To"));
    ink.text(43, 1.2, QStringLiteral("MM    DD    YY    MM    DD    YY"), 46);
    ink.text(41, 18.8, QStringLiteral("B."));
    ink.text(42, 18.7, QStringLiteral("PLACE OF"), 40);
    ink.text(43, 18.7, QStringLiteral("SERVICE"), 40);
    ink.text(41, 21.8, QStringLiteral("C."));
    ink.text(43, 21.7, QStringLiteral("EMG"), 44);
    ink.text(41, 24, QStringLiteral("D. PROCEDURES, SERVICES, OR SUPPLIES"));
    ink.text(42, 24, QStringLiteral("(Explain Unusual Circumstances)"));
    ink.text(43, 24.5, QStringLiteral("CPT/HCPCS"));
    ink.text(43, 34, QStringLiteral("MODIFIER"));
    ink.text(41, 44, QStringLiteral("E."));
    ink.text(42, 43.8, QStringLiteral("DIAGNOSIS"), 46);
    ink.text(43, 43.9, QStringLiteral("POINTER"), 46);
    ink.text(41, 50, QStringLiteral("F."));
    ink.text(43, 51.5, QStringLiteral("$ CHARGES"));
    ink.text(41, 59.8, QStringLiteral("G."));
    ink.text(42, 59.7, QStringLiteral("DAYS OR"), 40);
    ink.text(43, 59.7, QStringLiteral("UNITS"), 40);
    ink.text(41, 63.8, QStringLiteral("H."));
    ink.text(42, 63.6, QStringLiteral("EPSDT"), 36);
    ink.text(43, 63.6, QStringLiteral("Family Plan"), 28);
    ink.text(41, 65.8, QStringLiteral("I."));
    ink.text(42, 65.7, QStringLiteral("ID."), 40);
    ink.text(43, 65.7, QStringLiteral("QUAL."), 36);
    ink.text(41, 69, QStringLiteral("J."));
    ink.text(42, 69, QStringLiteral("RENDERING"));
    ink.text(43, 69, QStringLiteral("PROVIDER ID. #"));
    for (double column : {18.5, 21.5, 23.5, 43.5, 49.5, 59.5, 63.5, 65.5, 68.5})
        ink.vline(column, 41, 44, 4);
    ink.vline(9.5, 42, 44, 4);
    ink.hline(42, 1, 18.5, 3);
}

void serviceLines(const Ink& ink)
{
    QPainter& p = ink.painter();
    for (int i = 0; i < 6; ++i) {
        const double shaded = 44 + 2 * i;
        ink.shade(shaded, kFrameLeft, kFrameRight);
        for (double column : {9.5, 18.5, 21.5, 23.5, 31.5, 43.5, 49.5, 59.5, 63.5})
            ink.vline(column, shaded + 1, shaded + 2, 4);
        for (double column : {34.5, 37.5, 40.5, 56.5})
            ink.vline(column, shaded + 1.25, shaded + 2, 3, Qt::DotLine);
        ink.vline(65.5, shaded, shaded + 2, 4);
        ink.vline(68.5, shaded, shaded + 2, 4);
        ink.hline(shaded + 1, 65.5, 68.5, 3);
        ink.low(shaded + 1, 65.8, QStringLiteral("NPI"), 44);
        ink.hline(shaded + 2, kFrameLeft, kFrameRight, 6);
        p.setPen(formRed());
        p.setFont(labelFont(80, true));
        p.drawText(QPointF(x(kFrameLeft) - 70, y(shaded + 1) + 60), QString::number(i + 1));
    }
}

void totalsRow(const Ink& ink)
{
    ink.text(56, 1, QStringLiteral("25. FEDERAL TAX I.D. NUMBER"));
    ink.text(56, 16.4, QStringLiteral("SSN  EIN"));
    ink.box(57, 17);
    ink.box(57, 19);
    ink.text(56, 22, QStringLiteral("26. PATIENT'S ACCOUNT NO."));
    ink.text(56, 37, QStringLiteral("27. ACCEPT ASSIGNMENT?"));
    ink.text(56.5, 37, QStringLiteral("(For govt. claims, see back)"), 40);
    ink.box(57, 37);
    ink.low(57, 38.2, QStringLiteral("YES"));
    ink.box(57, 42);
    ink.low(57, 43.2, QStringLiteral("NO"));
    ink.text(56, 50, QStringLiteral("28. TOTAL CHARGE"));
    ink.low(57, 50, QStringLiteral("$"), 60);
    ink.vline(58.5, 56.6, 58, 3, Qt::DotLine);
    ink.text(56, 62, QStringLiteral("29. AMOUNT PAID"));
    ink.low(57, 62, QStringLiteral("$"), 60);
    ink.vline(68.5, 56.6, 58, 3, Qt::DotLine);
    ink.text(56, 72, QStringLiteral("30. Rsvd for NUCC Use"));
    for (double column : {21.5, 36.5, 49.5, 61.5, 71.5})
        ink.vline(column, 56, 58);
}

void providerRows(const Ink& ink)
{
    ink.text(58, 1, QStringLiteral("31. SIGNATURE OF PHYSICIAN OR SUPPLIER"), 46);
    ink.text(58.5, 1, QStringLiteral("INCLUDING DEGREES OR CREDENTIALS"), 46);
    ink.text(59, 1, QStringLiteral("(I certify that the statements on the reverse"), 42);
    ink.text(59.5, 1, QStringLiteral("apply to this bill and are made a part thereof.)"), 42);
    ink.low(62, 1, QStringLiteral("SIGNED"));
    ink.low(62, 10.3, QStringLiteral("DATE"));
    ink.text(58, 22, QStringLiteral("32. SERVICE FACILITY LOCATION INFORMATION"));
    ink.text(58, 50, QStringLiteral("33. BILLING PROVIDER INFO & PH #"));
    ink.low(58, 64.2, QStringLiteral("("), 80);
    ink.low(58, 68.2, QStringLiteral(")"), 80);
    ink.hline(62, 21.5, kFrameRight);
    ink.shade(62, 33.5, 49.5);
    ink.shade(62, 61.5, kFrameRight);
    ink.vline(33.5, 62, 63);
    ink.vline(61.5, 62, 63);
    ink.low(62, 21.8, QStringLiteral("a."));
    ink.low(62, 33.8, QStringLiteral("b."));
    ink.low(62, 49.8, QStringLiteral("a."));
    ink.low(62, 61.8, QStringLiteral("b."));
    ink.vline(21.5, 58, 63);
    ink.vline(49.5, 58, 63);
    ink.text(63.2, 1, QStringLiteral("NUCC Instruction Manual available at: www.nucc.org"), 52, true);
    ink.text(63.2, 33, QStringLiteral("PLEASE PRINT OR TYPE"), 60, true);
    ink.text(63.2, 57, QStringLiteral("APPROVED OMB-0938-1197 FORM 1500 (02-12)"), 52, true);
}

void rules(const Ink& ink)
{
    for (double line : {9.0, 11.0, 13.0, 15.0, 17.0, 19.0, 21.0, 23.0, 25.0}) {
        ink.hline(line, kFrameLeft, 29.5);
        ink.hline(line, 49.5, kFrameRight);
    }
    for (double line : {9.0, 11.0, 13.0, 17.0, 25.0})
        ink.hline(line, 29.5, 49.5);
    for (double line : {27.0, 31.0, 33.0, 35.0, 37.0, 41.0, 44.0, 56.0, 58.0})
        ink.hline(line, kFrameLeft, kFrameRight, line == 41.0 ? 10 : 6);
    ink.hline(7, kFrameLeft, kFrameRight, 12);
    ink.hline(63, kFrameLeft, kFrameRight, 12);
    ink.hline(39, 49.5, kFrameRight);
    ink.hline(34, 29.5, 49.5, 4);
    ink.vline(kFrameLeft, 7, 63, 10);
    ink.vline(kFrameRight, 7, 63, 10);
    ink.vline(29.5, 9, 27);
    ink.vline(49.5, 7, 41);
    ink.vline(25.5, 13, 15, 4);
    ink.vline(73.5, 13, 15, 4);
    ink.vline(13.5, 15, 17, 4);
    ink.vline(62.5, 15, 17, 4);
    ink.vline(27.5, 31, 33);
    ink.vline(29.5, 33, 35);
    ink.vline(32.5, 33, 35, 4);
    ink.vline(60.5, 35, 37);
    ink.vline(60.5, 37, 39, 4);
    ink.vline(64, 31.5, 33, 3, Qt::DotLine);
    ink.vline(64, 33.5, 35, 3, Qt::DotLine);
}

// The side captions with their arrows, in the right margin.
void sideCaption(const Ink& ink, double fromLine, double toLine, const QString& text)
{
    QPainter& p = ink.painter();
    const double cx = x(kFrameRight) + 120;
    p.setPen(QPen(formRed(), 5));
    const QFont font = labelFont(58, true);
    const double half = QFontMetricsF(font).horizontalAdvance(text) / 2 + 30;
    const double mid = (y(fromLine) + y(toLine)) / 2;
    p.drawLine(QPointF(cx, y(fromLine) + 20), QPointF(cx, mid - half));
    p.drawLine(QPointF(cx, mid + half), QPointF(cx, y(toLine) - 20));
    for (double tip : {y(fromLine) + 20, y(toLine) - 20}) {
        const double dir = tip < mid ? 1 : -1;
        QPainterPath head;
        head.moveTo(cx, tip);
        head.lineTo(cx - 30, tip + dir * 60);
        head.lineTo(cx + 30, tip + dir * 60);
        head.closeSubpath();
        p.fillPath(head, formRed());
    }
    p.save();
    p.translate(cx, mid);
    p.rotate(90);
    p.setFont(font);
    p.drawText(QPointF(-half + 30, 20), text);
    p.restore();
}

}  // namespace

void paintFormTemplate(QPainter& painter)
{
    painter.save();
    const Ink ink(painter);
    serviceLines(ink);
    ink.shade(33, 29.5, 49.5);
    header(ink);
    boxOne(ink);
    patientRows(ink);
    otherInsuranceRows(ink);
    signatureRows(ink);
    clinicalRows(ink);
    serviceHeader(ink);
    totalsRow(ink);
    providerRows(ink);
    rules(ink);
    sideCaption(ink, 1, 7, QStringLiteral("CARRIER"));
    sideCaption(ink, 7, 31, QStringLiteral("PATIENT AND INSURED INFORMATION"));
    sideCaption(ink, 31, 63, QStringLiteral("PHYSICIAN OR SUPPLIER INFORMATION"));
    painter.restore();
}

}  // namespace fd::billing::render
