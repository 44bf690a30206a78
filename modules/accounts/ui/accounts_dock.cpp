#include "accounts/ui/accounts_dock.h"

#include "accounts/core/accounts_permissions.h"
#include "accounts/ui/balance_header.h"
#include "accounts/ui/guarantor_panel.h"
#include "accounts/ui/ledger_filter_proxy.h"
#include "accounts/ui/ledger_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fd::accounts::ui {

namespace {

// The earliest date of the date filters, shown as "any".
const QDate kAnyDate(2000, 1, 1);

QDateEdit* dateFilter(QWidget* parent, const QString& objectName, const QString& anyText)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("MM/dd/yyyy"));
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(anyText);
    edit->setDate(kAnyDate);
    return edit;
}

QDate filterDate(const QDateEdit* edit)
{
    return edit->date() == kAnyDate ? QDate() : edit->date();
}

}  // namespace

AccountsDock::AccountsDock(AccountsServices services, QWidget* parent)
    : QWidget(parent), m_services(std::move(services))
{
    setObjectName(QStringLiteral("fd.accounts.dock"));
    if (!m_services.can(perm::kView))
        buildDenied();
    else
        buildScreen();
}

void AccountsDock::buildDenied()
{
    auto* label = new QLabel(tr("Your role does not include seeing accounts (permission \"%1\"). Ask the practice "
                                "administrator if you need it.")
                                 .arg(perm::kView),
                             this);
    label->setObjectName(QStringLiteral("fd.accounts.denied"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
}

void AccountsDock::buildScreen()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("fd.accounts.search"));
    m_search->setPlaceholderText(tr("Find a patient: name, date of birth, phone or account number"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("fd.accounts.results"));
    m_results->setMaximumHeight(m_results->fontMetrics().height() * 7);
    m_results->hide();
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    m_patient = new QLabel(tr("No patient open."), this);
    m_patient->setObjectName(QStringLiteral("fd.accounts.patient"));
    QFont big = m_patient->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_patient->setFont(big);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.accounts.message"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_header = new BalanceHeader(this);
    m_guarantor = new GuarantorPanel(m_services, this);

    m_model = new LedgerTableModel(this);
    m_model->setNameLookup([services = m_services](const QString& id) { return services.userName(id); });
    m_filter = new LedgerFilterProxy(this);
    m_filter->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("fd.accounts.ledger"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(LedgerTableModel::Description, QHeaderView::Stretch);

    // Inside a scroll area, so the dock can be made narrow or short beside other docks and the
    // window keeps the size the user gave it.
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(m_patient);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addWidget(buildFilters());
    layout->addWidget(m_table, 1);
    layout->addWidget(buildActions());
    layout->addWidget(m_guarantor);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("fd.accounts.scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &AccountsDock::searchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &AccountsDock::openCurrentResult);
    connect(m_results, &QListWidget::itemActivated, this, &AccountsDock::openCurrentResult);
    connect(m_model, &LedgerTableModel::loadFailed, this, [this](const QString& text) { showMessage(text); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountsDock::updateActions);
    connect(m_guarantor, &GuarantorPanel::openPatientRequested, this, &AccountsDock::openPatient);
    setFocusProxy(m_search);
    updateActions();
}

QWidget* AccountsDock::buildFilters()
{
    auto* bar = new QWidget(this);
    m_from = dateFilter(bar, QStringLiteral("fd.accounts.filter.from"), tr("any"));
    m_to = dateFilter(bar, QStringLiteral("fd.accounts.filter.to"), tr("any"));
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("fd.accounts.filter.kind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (EntryKind kind : {EntryKind::Charge, EntryKind::PatientPayment, EntryKind::InsurancePayment,
                           EntryKind::Adjustment, EntryKind::Transfer, EntryKind::CreditApplication,
                           EntryKind::Refund, EntryKind::Reversal})
        m_kind->addItem(LedgerTableModel::kindText(kind), entryKindId(kind));
    m_claim = new QLineEdit(bar);
    m_claim->setObjectName(QStringLiteral("fd.accounts.filter.claim"));
    m_claim->setPlaceholderText(tr("Claim"));
    m_claim->setClearButtonEnabled(true);
    m_claim->setMaximumWidth(160);
    m_showReversed = new QCheckBox(tr("Show reversed"), bar);
    m_showReversed->setObjectName(QStringLiteral("fd.accounts.filter.reversed"));
    m_showReversed->setChecked(true);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("From"), bar));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), bar));
    layout->addWidget(m_to);
    layout->addWidget(m_kind);
    layout->addWidget(m_claim);
    layout->addWidget(m_showReversed);
    layout->addStretch(1);
    connect(m_from, &QDateEdit::dateChanged, this, &AccountsDock::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &AccountsDock::applyFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AccountsDock::applyFilters);
    connect(m_claim, &QLineEdit::textChanged, this, &AccountsDock::applyFilters);
    connect(m_showReversed, &QCheckBox::toggled, this, &AccountsDock::applyFilters);
    return bar;
}

void AccountsDock::applyFilters()
{
    m_filter->setDateRange(filterDate(m_from), filterDate(m_to));
    m_filter->setKind(m_kind->currentData().toString());
    m_filter->setClaim(m_claim->text());
    m_filter->setShowReversed(m_showReversed->isChecked());
    updateActions();
}

void AccountsDock::focusSearch()
{
    if (m_search) {
        m_search->setFocus();
        m_search->selectAll();
    }
}

void AccountsDock::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1e6b34;"));
    m_message->setVisible(!text.isEmpty());
}

void AccountsDock::searchNow()
{
    m_debounce->stop();
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_results->hide();
        return;
    }
    patients::PatientSearchOptions options;
    options.limit = 20;
    options.withActivity = false;
    auto hits = m_services.search->search(text, options);
    if (!hits) {
        m_results->hide();
        showMessage(hits.error().message);
        return;
    }
    for (const patients::PatientSearchHit& hit : hits.value()) {
        const patients::PatientSummary& s = hit.patient;
        auto* item = new QListWidgetItem(tr("%1   #%2   %3").arg(s.displayName, s.accountNumber,
                                                                 s.birthDate.toString(QStringLiteral("MM/dd/yyyy"))),
                                         m_results);
        item->setData(Qt::UserRole, s.id);
    }
    if (m_results->count() == 0)
        new QListWidgetItem(tr("No patient matches \"%1\".").arg(text), m_results);
    else
        m_results->setCurrentRow(0);
    m_results->show();
}

void AccountsDock::openCurrentResult()
{
    if (m_debounce->isActive())
        searchNow();  // Enter typed faster than the debounce
    QListWidgetItem* item = m_results->currentItem() ? m_results->currentItem() : m_results->item(0);
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    if (openPatient(item->data(Qt::UserRole).toString())) {
        m_results->hide();
        m_table->setFocus();
    }
}

bool AccountsDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress && m_results->isVisible()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = std::clamp(m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0,
                                       m_results->count() - 1);
            m_results->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool AccountsDock::openPatient(const QString& patientId)
{
    if (!m_table || patientId.isEmpty())
        return false;
    auto patient = m_services.patients->get(patientId);  // access check; audited read
    if (!patient) {
        showMessage(patient.error().message);
        return false;
    }
    showMessage({});
    m_patientId = patient->id;
    m_patient->setText(tr("%1   #%2").arg(patient->displayName(), patient->accountNumber));
    m_guarantor->showFor(patient.value());
    refresh();
    emit patientOpened(m_patientId);
    return true;
}

void AccountsDock::refresh()
{
    if (m_patientId.isEmpty())
        return;
    auto balance = m_services.ledger->balance(m_patientId);
    if (balance)
        m_header->setBalance(balance.value());
    else {
        m_header->clear();
        showMessage(balance.error().message);
    }
    const QString patientId = m_patientId;
    auto ledger = m_services.ledger;
    m_model->load([ledger, patientId](int offset, int limit) {
        EntryFilter filter;
        filter.offset = offset;
        filter.limit = limit;
        return ledger->entries(patientId, filter);
    });
    // Later pages come as the view scrolls down (the newest entries are at the end).
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(LedgerTableModel::Description, QHeaderView::Stretch);
    m_table->scrollToBottom();
    updateActions();
}

const LedgerEntry* AccountsDock::selectedEntry() const
{
    if (!m_table)
        return nullptr;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->entryAt(m_filter->mapToSource(current).row());
}

bool AccountsDock::selectEntry(const QString& entryId)
{
    const int row = m_model->rowOf(entryId);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

}  // namespace fd::accounts::ui
