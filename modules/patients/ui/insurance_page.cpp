#include "patients/ui/insurance_page.h"

#include "patients/ui/coverage_dialog.h"
#include "patients/ui/patient_form_widgets.h"
#include "practice/ui/practice_table_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::patients::ui {

InsurancePage::InsurancePage(PatientsServices services, QWidget* parent)
    : QWidget(parent),
      m_services(std::move(services)),
      m_model(new practice::ui::PracticeTableModel(
          {tr("Order"), tr("Payer"), tr("Plan"), tr("Member id"), tr("Group"), tr("Subscriber"), tr("From"), tr("To"),
           tr("Copay")},
          this)),
      m_view(new QTableView(this)),
      m_message(new QLabel(this)),
      m_add(new QPushButton(tr("&Add insurance…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("fd.patients.insurance"));
    m_add->setObjectName(QStringLiteral("fd.patients.coverage.add"));
    m_edit->setObjectName(QStringLiteral("fd.patients.coverage.edit"));
    m_remove->setObjectName(QStringLiteral("fd.patients.coverage.remove"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &InsurancePage::addCoverage);
    connect(m_edit, &QPushButton::clicked, this, &InsurancePage::editCoverage);
    connect(m_remove, &QPushButton::clicked, this, &InsurancePage::removeCoverage);
    connect(m_view, &QTableView::activated, this, &InsurancePage::editCoverage);
}

void InsurancePage::setPatientId(const QString& patientId)
{
    m_patientId = patientId;
    reload();
}

void InsurancePage::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable);
    m_remove->setEnabled(editable);
}

void InsurancePage::reload()
{
    m_coverages.clear();
    m_message->hide();
    if (!m_patientId.isEmpty()) {
        auto list = m_services.coverages->list(m_patientId);
        if (list.ok()) {
            m_coverages = std::move(list.value());
        } else {
            m_message->setText(list.error().message);
            m_message->show();
        }
    }
    QHash<QString, QString> payerNames;
    if (auto payers = m_services.payers->list(true); payers.ok())
        for (const practice::Payer& payer : payers.value())
            payerNames.insert(payer.id, payer.name);
    const QStringList orders{tr("Primary"), tr("Secondary"), tr("Tertiary")};
    std::vector<practice::ui::PracticeTableModel::Row> rows;
    for (const Coverage& c : m_coverages) {
        const QString subscriber = c.relationship == QLatin1String("18")
                                       ? tr("Self")
                                       : QStringLiteral("%1, %2").arg(c.subscriberLastName, c.subscriberFirstName);
        rows.push_back({c.id,
                        {orders.value(c.order - 1, QString::number(c.order)), payerNames.value(c.payerId, c.payerId),
                         c.planName, c.memberId, c.groupNumber, subscriber, dateText(c.effectiveFrom),
                         c.effectiveTo.isValid() ? dateText(c.effectiveTo) : tr("open"), moneyText(c.copay)}});
    }
    m_model->setRows(std::move(rows));
    m_view->resizeColumnsToContents();
}

const Coverage* InsurancePage::current() const
{
    const int row = m_view->currentIndex().row();
    const QString id = m_model->idAt(row);
    for (const Coverage& c : m_coverages)
        if (c.id == id && !id.isEmpty())
            return &c;
    return nullptr;
}

void InsurancePage::addCoverage()
{
    if (m_patientId.isEmpty() || !m_editable)
        return;
    Coverage c;
    c.patientId = m_patientId;
    c.order = std::min(3, int(m_coverages.size()) + 1);
    c.effectiveFrom = m_services.today();
    CoverageDialog dialog(m_services, c, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void InsurancePage::editCoverage()
{
    const Coverage* c = current();
    if (!c || !m_editable)
        return;
    CoverageDialog dialog(m_services, *c, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void InsurancePage::removeCoverage()
{
    const Coverage* c = current();
    if (!c || !m_editable)
        return;
    if (QMessageBox::question(this, tr("Remove insurance"), tr("Remove this insurance from the patient?"))
        != QMessageBox::Yes)
        return;
    if (Status removed = m_services.coverages->remove(c->id, c->rowVersion); !removed) {
        m_message->setText(removed.error().message);
        m_message->show();
        return;
    }
    reload();
}

}  // namespace fd::patients::ui
