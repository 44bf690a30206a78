#include "billing/ui/verification_dock.h"

#include "billing/core/billing_permissions.h"
#include "billing/ui/dock_parts.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::billing::ui {

void VerificationModel::setRows(std::vector<VerificationItem> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const VerificationItem* VerificationModel::itemAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int VerificationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VerificationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VerificationModel::statusText(EligibilityStatus status)
{
    switch (status) {
    case EligibilityStatus::Active: return tr("Active");
    case EligibilityStatus::Inactive: return tr("Inactive");
    case EligibilityStatus::Error: return tr("Error");
    case EligibilityStatus::NotChecked: return tr("Not checked");
    }
    return {};
}

QVariant VerificationModel::data(const QModelIndex& index, int role) const
{
    const VerificationItem* v = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!v)
        return {};
    if (role == Qt::ForegroundRole && index.column() == Status
        && (v->status == EligibilityStatus::Inactive || v->status == EligibilityStatus::Error))
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time: return QLocale().toString(v->appointmentStart.toLocalTime().time(), QLocale::ShortFormat);
    case Patient: return v->patientName;
    case Payer: return v->payerName;
    case Status: return statusText(v->status);
    case Copay: return v->copay ? BillingText::money(*v->copay) : QString();
    case Message: return v->message;
    case Verified:
        if (v->verifiedByPhone)
            return tr("by phone, %1").arg(BillingText::dateTime(v->verifiedAt));
        return {};
    case ColumnCount: break;
    }
    return {};
}

QVariant VerificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time: return tr("Time");
    case Patient: return tr("Patient");
    case Payer: return tr("Payer");
    case Status: return tr("Eligibility");
    case Copay: return tr("Copay");
    case Message: return tr("Message");
    case Verified: return tr("Verified");
    case ColumnCount: break;
    }
    return {};
}

VerificationDock::VerificationDock(BillingServices services, std::shared_ptr<IEligibilityService> eligibility,
                                   QWidget* parent)
    : QWidget(parent), m_services(std::move(services)), m_eligibility(std::move(eligibility))
{
    setObjectName(QStringLiteral("fd.billing.verification.dock"));
    if (!m_services.can(perm::kEligibility) || !m_eligibility)
        DockParts::fillDenied(this, QStringLiteral("fd.billing.verification.denied"), perm::kEligibility);
    else
        buildScreen();
}

void VerificationDock::buildScreen()
{
    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("fd.billing.verification.day"));
    m_day->setCalendarPopup(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.billing.verification.message"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_model = new VerificationModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("fd.billing.verification.table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(120);
    m_run = new QPushButton(tr("&Check the day"), this);
    m_run->setObjectName(QStringLiteral("fd.billing.verification.run"));
    m_run->setToolTip(tr("Ask the payers about every appointment of the day (270/271)"));
    m_verify = new QPushButton(tr("&Verified by phone…"), this);
    m_verify->setObjectName(QStringLiteral("fd.billing.verification.verify"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Day"), this));
    top->addWidget(m_day);
    top->addStretch(1);
    top->addWidget(m_run);
    top->addWidget(m_verify);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    DockParts::fillScrolled(this, content);
    connect(m_day, &QDateEdit::dateChanged, this, &VerificationDock::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VerificationDock::updateActions);
    connect(m_run, &QPushButton::clicked, this, &VerificationDock::runBatch);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString note = QInputDialog::getText(this, tr("Verified by Phone"),
                                                   tr("Whom you spoke to and what they said:"), QLineEdit::Normal,
                                                   {}, &ok);
        if (ok)
            markSelectedVerified(note);
    });
    setFocusProxy(m_table);
    setDay(m_services.today().addDays(1));
}

void VerificationDock::setDay(const QDate& day)
{
    if (!m_day)
        return;
    if (m_day->date() == day)
        refresh();
    else
        m_day->setDate(day);
}

void VerificationDock::refresh()
{
    if (!m_model)
        return;
    auto rows = m_eligibility->verificationList(m_day->date());
    if (!rows) {
        DockParts::styleMessage(m_message, rows.error().message, true);
        m_model->setRows({});
    } else {
        m_model->setRows(std::move(rows.value()));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(VerificationModel::Message, QHeaderView::Stretch);
    updateActions();
}

void VerificationDock::updateActions()
{
    m_verify->setEnabled(m_model->itemAt(m_table->currentIndex().row()) != nullptr);
}

bool VerificationDock::runBatch()
{
    if (!m_model)
        return false;
    // One call to the core (which may wait on the payers' endpoint); the dialog says so.
    QProgressDialog progress(tr("Checking eligibility for %1…").arg(BillingText::date(m_day->date())), QString(),
                             0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    BatchOptions options;
    options.day = m_day->date();
    auto result = m_eligibility->runBatch(options);
    progress.close();
    if (!result) {
        DockParts::styleMessage(m_message, result.error().message, true);
        return false;
    }
    refresh();
    DockParts::styleMessage(m_message,
                            tr("%1 appointment(s): %2 checked, %3 recent, %4 errors, %5 not checked.")
                                .arg(result->appointments)
                                .arg(result->checked)
                                .arg(result->skipped)
                                .arg(result->errors)
                                .arg(result->notChecked),
                            false);
    return true;
}

bool VerificationDock::markSelectedVerified(const QString& note)
{
    const VerificationItem* item = m_model ? m_model->itemAt(m_table->currentIndex().row()) : nullptr;
    if (!item)
        return false;
    auto done = m_eligibility->markVerified(item->id, item->rowVersion, note.trimmed());
    if (!done) {
        DockParts::styleMessage(m_message, done.error().message, true);
        return false;
    }
    refresh();
    return true;
}

}  // namespace fd::billing::ui
