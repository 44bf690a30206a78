#include "admin/ui/audit_view.h"

#include "admin/core/audit_csv.h"
#include "admin/core/audit_export.h"
#include "admin/ui/audit_document.h"
#include "admin/ui/audit_model.h"
#include "security/audit_actions.h"
#include "security/audit_event_fhir.h"
#include "security/permissions.h"
#include "shell/icons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd::admin {

namespace {
// Printing renders every matching entry; past this many the user narrows the filter first.
constexpr qint64 kPrintLimit = 10000;
const QDate kAnyDate(2000, 1, 1);

QDateEdit* dateEdit(QWidget* parent, const QString& anyText)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(anyText);  // shown while the date is the minimum: no bound
    edit->setDate(kAnyDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
}  // namespace

AuditView::AuditView(std::shared_ptr<security::IAuditTrail> audit, std::shared_ptr<security::IAccessControl> access,
                     QString practiceName, QWidget* parent)
    : QWidget(parent), m_audit(std::move(audit)), m_access(std::move(access)), m_practiceName(std::move(practiceName))
{
    m_model = new AuditModel(m_audit, 200, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditModel::Time, Qt::DescendingOrder);
    // The trail pages in time order only: a click on another column keeps the time order.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (column == AuditModel::Time || column == AuditModel::Seq)
            return;
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(
            AuditModel::Time, m_model->filter().newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary = new QLabel(this);
    connect(m_model, &AuditModel::failed, this, &AuditView::showError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::updateSummary);

    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(buildFilterBar());
    box->addWidget(m_table);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_breakGlass);  // a quick filter, kept apart so the filter row stays narrow
    bottom->addWidget(buildButtonBar());
    box->addLayout(bottom);
    applyFilter();
    m_table->resizeColumnsToContents();
}

QWidget* AuditView::buildFilterBar()
{
    auto* bar = new QWidget(this);
    m_user = new QLineEdit(bar);
    m_user->setPlaceholderText(tr("User"));
    m_patient = new QLineEdit(bar);
    m_patient->setPlaceholderText(tr("Patient id"));
    m_user->setMinimumWidth(90);
    m_patient->setMinimumWidth(90);
    m_action = new QComboBox(bar);
    m_action->addItem(tr("All actions"), QString());
    for (const QString& action : AuditModel::knownActions())
        m_action->addItem(AuditModel::actionDisplayName(action), action);
    m_from = dateEdit(bar, tr("From: any"));
    m_to = dateEdit(bar, tr("To: any"));
    auto* apply = new QPushButton(shell::icon(QStringLiteral("filter")), tr("Filter"), bar);
    auto* clear = new QPushButton(tr("Clear"), bar);
    m_breakGlass = new QToolButton(bar);
    m_breakGlass->setText(tr("Break-glass"));
    m_breakGlass->setIcon(shell::icon(QStringLiteral("breakglass")));
    m_breakGlass->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_breakGlass->setCheckable(true);
    m_breakGlass->setToolTip(tr("Show only emergency (break-glass) accesses"));
    m_breakGlass->setVisible(m_access->can(security::perm::kBreakGlassReview));

    connect(m_user, &QLineEdit::returnPressed, this, &AuditView::applyFilter);
    connect(m_patient, &QLineEdit::returnPressed, this, &AuditView::applyFilter);
    connect(m_action, &QComboBox::activated, this, &AuditView::applyFilter);
    connect(apply, &QPushButton::clicked, this, &AuditView::applyFilter);
    connect(clear, &QPushButton::clicked, this, &AuditView::clearFilter);
    connect(m_breakGlass, &QToolButton::toggled, this, &AuditView::setBreakGlassOnly);

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 4, 4, 0);
    row->addWidget(m_user, 1);
    row->addWidget(m_patient, 1);
    row->addWidget(m_action);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addWidget(apply);
    row->addWidget(clear);
    return bar;
}

QWidget* AuditView::buildButtonBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 4, 4);
    auto* verify = new QPushButton(shell::icon(QStringLiteral("verify")), tr("Verify Chain"), bar);
    connect(verify, &QPushButton::clicked, this, &AuditView::verifyInteractive);
    row->addWidget(verify);
    if (m_access->can(security::perm::kAuditExport)) {
        auto* print = new QPushButton(shell::icon(QStringLiteral("print")), tr("Print…"), bar);
        auto* pdf = new QPushButton(shell::icon(QStringLiteral("export")), tr("PDF…"), bar);
        auto* csv = new QPushButton(shell::icon(QStringLiteral("export")), tr("CSV…"), bar);
        auto* fhir = new QPushButton(shell::icon(QStringLiteral("export")), tr("FHIR…"), bar);
        csv->setToolTip(tr("Export the filtered entries as CSV"));
        fhir->setToolTip(tr("Export the filtered entries as a FHIR R4 Bundle of AuditEvents"));
        connect(print, &QPushButton::clicked, this, &AuditView::printInteractive);
        connect(pdf, &QPushButton::clicked, this, &AuditView::exportPdfInteractive);
        connect(csv, &QPushButton::clicked, this, &AuditView::exportCsvInteractive);
        connect(fhir, &QPushButton::clicked, this, &AuditView::exportFhirInteractive);
        row->addWidget(print);
        row->addWidget(pdf);
        row->addWidget(csv);
        row->addWidget(fhir);
    }
    return bar;
}

security::AuditFilter AuditView::currentFilter() const
{
    security::AuditFilter filter = m_model->filter();
    filter.username = m_user->text().trimmed();
    filter.patientId = m_patient->text().trimmed();
    filter.action = m_breakGlass->isChecked() ? security::audit::kBreakGlass : m_action->currentData().toString();
    // The dates are the user's local calendar days; the trail keeps UTC. "To" is inclusive.
    filter.from = m_from->date() == kAnyDate ? QDateTime() : m_from->date().startOfDay().toUTC();
    filter.to = m_to->date() == kAnyDate ? QDateTime() : m_to->date().addDays(1).startOfDay().toUTC();
    return filter;
}

void AuditView::applyFilter()
{
    if (Status status = m_model->setFilter(currentFilter()); !status)
        showError(status.error().toString());
}

void AuditView::clearFilter()
{
    m_user->clear();
    m_patient->clear();
    m_action->setCurrentIndex(0);
    m_from->setDate(kAnyDate);
    m_to->setDate(kAnyDate);
    const QSignalBlocker block(m_breakGlass);
    m_breakGlass->setChecked(false);
    m_action->setEnabled(true);
    applyFilter();
}

void AuditView::setBreakGlassOnly(bool on)
{
    if (m_breakGlass->isChecked() != on) {
        m_breakGlass->setChecked(on);  // re-enters through toggled()
        return;
    }
    m_action->setEnabled(!on);
    applyFilter();
}

void AuditView::updateSummary()
{
    m_summary->setText(tr("Showing %1 of %2 entries")
                           .arg(QLocale().toString(m_model->rowCount()), QLocale().toString(m_model->totalCount())));
}

void AuditView::showError(const QString& message)
{
    m_summary->setText(message);
}

QString AuditView::filterDescription() const
{
    const security::AuditFilter f = currentFilter();
    QStringList parts;
    if (!f.username.isEmpty())
        parts << tr("user %1").arg(f.username);
    if (!f.patientId.isEmpty())
        parts << tr("patient %1").arg(f.patientId);
    if (!f.action.isEmpty())
        parts << tr("action %1").arg(AuditModel::actionDisplayName(f.action));
    if (m_from->date() != kAnyDate)
        parts << tr("from %1").arg(m_from->date().toString(Qt::ISODate));
    if (m_to->date() != kAnyDate)
        parts << tr("to %1").arg(m_to->date().toString(Qt::ISODate));
    return parts.isEmpty() ? tr("All entries") : tr("Filter: %1").arg(parts.join(QStringLiteral(", ")));
}

QString AuditView::verifyChain(bool* intact)
{
    auto verified = m_audit->verify();
    if (intact)
        *intact = verified.ok() && verified->intact;
    if (!verified)
        return verified.error().toString();
    const security::AuditVerification& v = verified.value();
    if (!v.intact)
        return tr("The audit trail has been altered at entry %1: %2.").arg(v.firstBadSeq).arg(v.problem);
    return tr("The audit trail is intact: %1 entries and %2 checkpoints checked. The newest %3 entries come "
              "after the last checkpoint and are protected by the chain alone.")
        .arg(v.entriesChecked)
        .arg(v.checkpointsChecked)
        .arg(v.unprotectedTail);
}

void AuditView::verifyInteractive()
{
    bool intact = false;
    const QString text = verifyChain(&intact);
    if (intact)
        QMessageBox::information(this, tr("Verify Audit Trail"), text);
    else
        QMessageBox::critical(this, tr("Verify Audit Trail"), text);
}

Result<qint64> AuditView::exportCsv(const QString& path)
{
    return exportAuditCsvFile(*m_access, *m_audit, currentFilter(), path,
                              QJsonObject{{QStringLiteral("filter"), filterDescription()}});
}

void AuditView::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Trail"), QStringLiteral("audit.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = exportCsv(path);
    if (!written)
        QMessageBox::warning(this, tr("Export Audit Trail"), written.error().toString());
    else
        m_summary->setText(tr("%1 entries written to %2").arg(written.value()).arg(path));
}

Result<qint64> AuditView::exportFhir(const QString& path)
{
    return exportAuditFhirFile(*m_access, *m_audit, currentFilter(), path);
}

void AuditView::exportFhirInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Trail as FHIR"),
                                                      QStringLiteral("audit-events.json"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    auto written = exportFhir(path);
    if (!written)
        QMessageBox::warning(this, tr("Export Audit Trail as FHIR"), written.error().toString());
    else
        m_summary->setText(tr("%1 entries written to %2").arg(written.value()).arg(path));
}

Status AuditView::printTo(QPrinter& printer, const QString& destination)
{
    FD_TRY(m_access->require(security::perm::kAuditExport));
    const security::AuditFilter filter = currentFilter();
    auto total = m_audit->count(filter);
    FD_TRY(total);
    if (total.value() > kPrintLimit)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 entries match; narrow the filter to at most %2 before printing.")
                             .arg(total.value())
                             .arg(kPrintLimit));
    std::vector<security::AuditEntry> entries;
    FD_TRY(forEachAuditPage(*m_audit, filter, 500, [&](const std::vector<security::AuditEntry>& page) {
        entries.insert(entries.end(), page.begin(), page.end());
        return true;
    }));
    QTextDocument document;
    buildAuditDocument(document, m_practiceName, filterDescription(), entries);
    document.print(&printer);
    security::AuditRecord record;
    record.action = security::audit::kPrint;
    record.entity = QStringLiteral("audit_log");
    record.patientId = filter.patientId;
    record.details = QJsonObject{{QStringLiteral("entries"), static_cast<qint64>(entries.size())},
                                 {QStringLiteral("destination"), destination},
                                 {QStringLiteral("filter"), filterDescription()}};
    return m_audit->record(record);
}

void AuditView::printInteractive()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Audit Trail"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString destination = printer.outputFileName().isEmpty() ? QStringLiteral("printer") : QStringLiteral("pdf");
    if (Status status = printTo(printer, destination); !status)
        QMessageBox::warning(this, tr("Print Audit Trail"), status.error().toString());
}

void AuditView::exportPdfInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Audit Trail as PDF"), QStringLiteral("audit.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    if (Status status = printTo(printer, QStringLiteral("pdf")); !status)
        QMessageBox::warning(this, tr("Save Audit Trail as PDF"), status.error().toString());
    else
        m_summary->setText(tr("Saved %1").arg(path));
}

}  // namespace fd::admin
