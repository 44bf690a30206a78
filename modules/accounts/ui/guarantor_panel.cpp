#include "accounts/ui/guarantor_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd::accounts::ui {

namespace {

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

GuarantorPanel::GuarantorPanel(AccountsServices services, QWidget* parent)
    : QGroupBox(tr("Guarantor and family"), parent), m_services(std::move(services))
{
    setObjectName(QStringLiteral("fd.accounts.guarantor"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("fd.accounts.guarantor.summary"));
    m_summary->setWordWrap(true);
    m_members = new QTableWidget(0, 5, this);
    m_members->setObjectName(QStringLiteral("fd.accounts.guarantor.members"));
    m_members->setHorizontalHeaderLabels(
        {tr("Account"), tr("Patient"), tr("Patient owes"), tr("Insurance pending"), tr("Credit")});
    m_members->verticalHeader()->hide();
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_members);
    connect(m_members, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_members->item(row, 0))
            emit openPatientRequested(item->data(Qt::UserRole).toString());
    });
    clear();
}

void GuarantorPanel::clear()
{
    m_summary->clear();
    m_members->setRowCount(0);
    m_members->hide();
}

void GuarantorPanel::showFor(const patients::Patient& patient)
{
    clear();
    if (patient.guarantorId.isEmpty()) {
        m_summary->setText(tr("%1 is their own account: no guarantor is recorded.").arg(patient.displayName()));
        return;
    }
    auto guarantor = m_services.guarantors->get(patient.guarantorId);
    auto family = m_services.ledger->guarantorBalance(patient.guarantorId);
    auto members = m_services.guarantors->patientsOf(patient.guarantorId);
    if (!guarantor || !family || !members) {
        m_summary->setText(!guarantor ? guarantor.error().message
                                      : (!family ? family.error().message : members.error().message));
        return;
    }
    const Balance& b = family.value();
    m_summary->setText(tr("Guarantor: %1. Family: patient owes %2, insurance pending %3, credit %4, balance %5.")
                           .arg(guarantor->displayName(), b.patient.toDisplay(), b.insurance.toDisplay(),
                                b.credit.toDisplay(), b.total().toDisplay()));
    m_members->setRowCount(int(members->size()));
    int row = 0;
    for (const patients::PatientSummary& member : members.value()) {
        auto balance = m_services.ledger->balance(member.id);
        auto* account = cell(member.accountNumber);
        account->setData(Qt::UserRole, member.id);
        m_members->setItem(row, 0, account);
        m_members->setItem(row, 1, cell(member.displayName));
        m_members->setItem(row, 2, cell(balance ? balance->patient.toDisplay() : QString(), true));
        m_members->setItem(row, 3, cell(balance ? balance->insurance.toDisplay() : QString(), true));
        m_members->setItem(row, 4, cell(balance ? balance->credit.toDisplay() : QString(), true));
        ++row;
    }
    m_members->setVisible(row > 0);
    m_members->resizeColumnsToContents();
    // As tall as the family (up to five rows), so the ledger keeps the room.
    m_members->setFixedHeight(m_members->verticalHeader()->defaultSectionSize() * std::min(row, 5)
                              + m_members->horizontalHeader()->sizeHint().height() + 2 * m_members->frameWidth());
}

}  // namespace fd::accounts::ui
