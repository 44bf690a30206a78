#include "practice/ui/fee_schedules_page.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::practice::ui {

namespace {

QTableView* makeView(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

}  // namespace

FeeSchedulesPage::FeeSchedulesPage(PracticeServices services, bool canEdit, QWidget* parent)
    : QWidget(parent),
      m_services(std::move(services)),
      m_schedules(new PracticeTableModel({tr("Schedule"), tr("Payer"), tr("From"), tr("Through"), tr("Fees")}, this)),
      m_items(new PracticeTableModel({tr("Code"), tr("Modifier"), tr("Description"), tr("Amount")}, this)),
      m_schedulesView(makeView(m_schedules, QStringLiteral("fd.practice.fees.schedules"), this)),
      m_itemsView(makeView(m_items, QStringLiteral("fd.practice.fees.items"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("fd.practice.fees"));
    auto* import = new QPushButton(tr("&Import CSV..."), this);
    import->setObjectName(QStringLiteral("fd.practice.fees.import"));
    import->setEnabled(canEdit);
    connect(import, &QPushButton::clicked, this, &FeeSchedulesPage::askImport);
    connect(m_schedulesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FeeSchedulesPage::showItems);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_schedulesView);
    split->addWidget(m_itemsView);
    auto* top = new QHBoxLayout;
    top->addWidget(import);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split);
    layout->addWidget(m_status);
    m_status->setWordWrap(true);
    reload();
}

QString FeeSchedulesPage::statusText() const
{
    return m_status->text();
}

void FeeSchedulesPage::reload()
{
    auto list = m_services.fees->list();
    auto payers = m_services.payers->list(true);
    if (!list || !payers) {
        m_status->setText(!list ? list.error().message : payers.error().message);
        return;
    }
    QHash<QString, QString> payerNames;
    for (const Payer& p : payers.value())
        payerNames.insert(p.id, p.name);
    std::vector<PracticeTableModel::Row> rows;
    for (const FeeSchedule& s : list.value())
        rows.push_back({s.id, {s.name, s.isChargeMaster() ? tr("Charge master") : payerNames.value(s.payerId),
                               s.effectiveFrom.toString(Qt::ISODate),
                               s.effectiveTo.isValid() ? s.effectiveTo.toString(Qt::ISODate) : QString(),
                               QString::number(s.itemCount)}});
    m_schedules->setRows(std::move(rows));
    m_items->setRows({});
    m_schedulesView->resizeColumnsToContents();
}

void FeeSchedulesPage::showItems()
{
    const auto selected = m_schedulesView->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    auto items = m_services.fees->items(m_schedules->idAt(selected.first().row()));
    if (!items) {
        m_status->setText(items.error().message);
        return;
    }
    std::vector<PracticeTableModel::Row> rows;
    for (const FeeItem& i : items.value())
        rows.push_back({i.code, {i.code, i.modifier, i.description, i.amount.toDisplay()}});
    m_items->setRows(std::move(rows));
}

Status FeeSchedulesPage::importFile(const QString& path, const QString& payerId, const QDate& effectiveFrom,
                                    const QString& name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1").arg(path));
        return makeError(ErrorCode::Io, m_status->text());
    }
    FeeSchedule schedule;
    schedule.name = name.isEmpty() ? QFileInfo(path).completeBaseName() : name;
    schedule.payerId = payerId;
    schedule.effectiveFrom = effectiveFrom;
    auto saved = m_services.fees->importCsv(schedule, file.readAll());
    if (!saved) {
        const Error& e = saved.error();
        m_status->setText(e.details.isEmpty() ? e.message : e.message + QLatin1Char('\n') + e.details);
        return e;
    }
    reload();
    m_status->setText(tr("Imported %n fee(s) into \"%1\".", nullptr, saved->itemCount).arg(saved->name));
    return {};
}

void FeeSchedulesPage::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Fee schedule"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import fee schedule"));
    auto* payer = new QComboBox(&dialog);
    payer->addItem(tr("Charge master (what the practice bills)"), QString());
    if (auto payers = m_services.payers->list(); payers)
        for (const Payer& p : payers.value())
            payer->addItem(tr("Allowed by %1").arg(p.name), p.id);
    auto* from = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1), &dialog);
    from->setCalendarPopup(true);
    auto* name = new QLineEdit(QFileInfo(path).completeBaseName(), &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Schedule"), payer);
    form->addRow(tr("&Effective from"), from);
    form->addRow(tr("&Name"), name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        // The status line below the tables shows how the import went.
        static_cast<void>(importFile(path, payer->currentData().toString(), from->date(), name->text().trimmed()));
}

}  // namespace fd::practice::ui
