// The Eligibility tab of the patient record (docs/BILLING_WORKBENCH.md).
#include "billing/ui/eligibility_panel.h"

#include "billing/core/billing_permissions.h"
#include "billing/ui/eligibility_words.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd::billing::ui {

namespace {

QString sectionName(const QString& coverageId)
{
    return QStringLiteral("fd.billing.eligibility.") + coverageId;
}

QLabel* wrapped(const QString& text, QWidget* parent, const QString& objectName = {})
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

}  // namespace

EligibilityPanel::EligibilityPanel(BillingServices services,
                                   std::shared_ptr<IEligibilityService> eligibility,
                                   std::shared_ptr<patients::ICoverageService> coverages,
                                   std::shared_ptr<BillingNames> names, QWidget* parent)
    : PatientRecordTab(parent),
      m_services(std::move(services)),
      m_eligibility(std::move(eligibility)),
      m_coverages(std::move(coverages)),
      m_names(std::move(names))
{
    setObjectName(QStringLiteral("fd.billing.eligibilityPanel"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    m_message = wrapped(QString(), content, QStringLiteral("eligibilityMessage"));
    layout->addWidget(m_message);
    m_sections = new QVBoxLayout;
    layout->addLayout(m_sections);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QString EligibilityPanel::tabTitle() const
{
    return tr("E&ligibility");
}

void EligibilityPanel::setPatientId(const QString& patientId)
{
    m_patientId = patientId;
    refresh();
}

void EligibilityPanel::clearSections()
{
    while (QLayoutItem* item = m_sections->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void EligibilityPanel::refresh()
{
    clearSections();
    m_message->clear();
    if (m_patientId.isEmpty())
        return;
    auto endpoint = m_eligibility->endpoint();
    m_realTime = endpoint.ok();
    m_endpointProblem = endpoint ? QString() : endpoint.error().message;
    auto coverages = m_coverages->list(m_patientId);
    if (!coverages) {
        m_message->setText(coverages.error().message);
        return;
    }
    if (coverages->empty()) {
        m_message->setText(
            tr("The patient has no insurance coverage on file: add one on the Insurance tab."));
        return;
    }
    if (!m_realTime)
        m_message->setText(
            tr("Check Now needs the clearinghouse's real-time endpoint (Settings ▸ Real-time "
               "eligibility): %1")
                .arg(m_endpointProblem));
    for (const patients::Coverage& coverage : *coverages) {
        auto latest = m_eligibility->latest(coverage.id);
        m_sections->addWidget(section(coverage,
                                      latest ? *latest : std::optional<EligibilityCheck>(),
                                      latest ? QString() : latest.error().message));
    }
}

QString EligibilityPanel::coverageTitle(const patients::Coverage& c)
{
    const QString order = c.order == 1   ? tr("Primary")
                          : c.order == 2 ? tr("Secondary")
                                         : tr("Tertiary");
    QString title = tr("%1: %2, member id %3").arg(order, m_names->payer(c.payerId), c.memberId);
    if (!c.effectiveTo.isNull() && c.effectiveTo < m_services.today())
        title += tr(" (ended %1)").arg(BillingText::date(c.effectiveTo));
    return title;
}

QWidget* EligibilityPanel::section(const patients::Coverage& coverage,
                                   const std::optional<EligibilityCheck>& check,
                                   const QString& problem)
{
    auto* box = new QGroupBox(coverageTitle(coverage));
    box->setObjectName(sectionName(coverage.id));
    auto* layout = new QVBoxLayout(box);
    auto* top = new QHBoxLayout;
    auto* status = wrapped(check ? EligibilityWords::status(check->status)
                                 : EligibilityWords::status(EligibilityStatus::NotChecked),
                           box, QStringLiteral("status"));
    QFont bold = status->font();
    bold.setBold(true);
    status->setFont(bold);
    auto* button = new QPushButton(tr("Check &Now"), box);
    button->setObjectName(QStringLiteral("checkNow"));
    button->setEnabled(m_realTime);
    button->setToolTip(
        m_realTime ? tr("Ask the payer now (a real-time 270/271 through the clearinghouse).")
                   : m_endpointProblem);
    top->addWidget(status, 1);
    top->addWidget(button);
    layout->addLayout(top);
    const QString id = coverage.id;
    connect(button, &QPushButton::clicked, this, [this, id] { checkNow(id); });
    if (!problem.isEmpty())
        layout->addWidget(wrapped(problem, box, QStringLiteral("error")));
    if (check)
        fillResult(layout, *check);
    else if (problem.isEmpty())
        layout->addWidget(wrapped(tr("No eligibility check is on file for this coverage."), box,
                                  QStringLiteral("details")));
    auto* message = wrapped(QString(), box, QStringLiteral("checkMessage"));
    message->setStyleSheet(QStringLiteral("color: #a00000;"));
    message->hide();
    layout->addWidget(message);
    return box;
}

void EligibilityPanel::fillResult(QVBoxLayout* layout, const EligibilityCheck& check)
{
    QWidget* box = layout->parentWidget();
    const EligibilityBenefits& b = check.benefits;
    QStringList details;
    if (!b.planName.isEmpty())
        details << tr("Plan: %1.").arg(b.planName);
    if (b.coverageFrom.isValid())
        details << tr("Covered since %1.").arg(BillingText::date(b.coverageFrom));
    const QString how =
        check.channel == CheckChannel::RealTime ? tr("real-time inquiry") : tr("271 file");
    if (check.response.isEmpty())
        details << tr("Asked on %1 by 270 file; the payer's answer has not been imported yet.")
                       .arg(BillingText::dateTime(check.checkedAt.toLocalTime()));
    else
        details << tr("Checked %1 (%2).")
                       .arg(BillingText::dateTime(check.checkedAt.toLocalTime()), how);
    layout->addWidget(wrapped(details.join(QLatin1Char(' ')), box, QStringLiteral("details")));
    if (!b.errors.isEmpty()) {
        auto* errors =
            wrapped(b.errors.join(QLatin1Char('\n')), box, QStringLiteral("payerErrors"));
        errors->setStyleSheet(QStringLiteral("color: #a00000;"));
        layout->addWidget(errors);
    }
    const QStringList limits = EligibilityWords::limits(b);
    if (!limits.isEmpty())
        layout->addWidget(wrapped(limits.join(QLatin1Char('\n')), box, QStringLiteral("limits")));
    if (!b.amounts.empty())
        layout->addWidget(benefits(b, box));
}

QTableWidget* EligibilityPanel::benefits(const EligibilityBenefits& b, QWidget* parent) const
{
    auto* table = new QTableWidget(int(b.amounts.size()), 6, parent);
    table->setObjectName(QStringLiteral("benefits"));
    table->setHorizontalHeaderLabels({tr("Benefit"), tr("Service"), tr("Amount"), tr("Network"),
                                      tr("Applies to"), tr("Payer's note")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    int row = 0;
    for (const BenefitAmount& a : b.amounts) {
        QStringList appliesTo;
        if (!a.coverageLevel.isEmpty())
            appliesTo << EligibilityWords::level(a.coverageLevel);
        if (!a.timePeriod.isEmpty())
            appliesTo << EligibilityWords::period(a.timePeriod);
        const QStringList cells{
            EligibilityWords::kind(a.kind), EligibilityWords::serviceType(a.serviceType),
            EligibilityWords::amount(a),    EligibilityWords::network(a.network),
            appliesTo.join(tr(", ")),       a.messages.join(QLatin1Char(' '))};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            table->setItem(row, column, item);
        }
        ++row;
    }
    // Every column but the payer's note fits its text; the note takes what is left (the
    // whole note is its tool tip). Rows keep one height, so the table can be as tall as its
    // rows: the tab scrolls, not the table.
    for (int column = 0; column < 5; ++column)
        table->resizeColumnToContents(column);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          table->rowCount() * table->verticalHeader()->defaultSectionSize() +
                          2 * table->frameWidth());
    return table;
}

bool EligibilityPanel::checkNow(const QString& coverageId)
{
    QProgressDialog progress(tr("Asking the payer…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto done = m_eligibility->checkNow(coverageId);
    progress.close();
    if (!done) {
        if (auto* box = findChild<QGroupBox*>(sectionName(coverageId))) {
            auto* message = box->findChild<QLabel*>(QStringLiteral("checkMessage"));
            message->setText(tr("The check did not go through: %1").arg(done.error().message));
            message->show();
        }
        return false;
    }
    refresh();
    return true;
}

QString EligibilityPanel::sectionText(const QString& coverageId) const
{
    const auto* box = findChild<QGroupBox*>(sectionName(coverageId));
    if (!box)
        return {};
    QStringList parts{box->title()};
    for (const QLabel* label : box->findChildren<QLabel*>())
        if (!label->isHidden())
            parts << label->text();
    return parts.join(QLatin1Char('\n'));
}

QTableWidget* EligibilityPanel::benefitsTable(const QString& coverageId) const
{
    const auto* box = findChild<QGroupBox*>(sectionName(coverageId));
    return box ? box->findChild<QTableWidget*>(QStringLiteral("benefits")) : nullptr;
}

QPushButton* EligibilityPanel::checkButton(const QString& coverageId) const
{
    const auto* box = findChild<QGroupBox*>(sectionName(coverageId));
    return box ? box->findChild<QPushButton*>(QStringLiteral("checkNow")) : nullptr;
}

QString EligibilityPanel::message() const
{
    return m_message->text();
}

std::vector<patients::ui::PatientRecordTab*> EligibilityRecordTabs::createTabs(QWidget* parent)
{
    EligibilityPanel* panel = m_source ? m_source(parent) : nullptr;
    if (!panel)
        return {};
    return {panel};
}

}  // namespace fd::billing::ui
