#include "billing/ui/charge_entry_dialog.h"

#include "billing/ui/dock_parts.h"
#include "practice/core/practice_types.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd::billing::ui {

namespace {

constexpr int kAppointmentIdRole = Qt::UserRole + 1;

QString visitStatus(calendar::AppointmentStatus status)
{
    using S = calendar::AppointmentStatus;
    switch (status) {
    case S::Scheduled: return ChargeEntryDialog::tr("Scheduled");
    case S::Confirmed: return ChargeEntryDialog::tr("Confirmed");
    case S::Arrived: return ChargeEntryDialog::tr("Arrived");
    case S::Roomed: return ChargeEntryDialog::tr("Roomed");
    case S::WithProvider: return ChargeEntryDialog::tr("With provider");
    case S::CheckedOut: return ChargeEntryDialog::tr("Checked out");
    case S::Cancelled: return ChargeEntryDialog::tr("Cancelled");
    case S::NoShow: return ChargeEntryDialog::tr("No-show");
    }
    return {};
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.trimmed().isEmpty() ? QStringList() : text.trimmed().split(separators, Qt::SkipEmptyParts);
}

}  // namespace

ChargeEntryDialog::ChargeEntryDialog(BillingServices services, std::shared_ptr<BillingNames> names,
                                     const QDate& date, QWidget* parent)
    : QDialog(parent), m_services(std::move(services)), m_names(std::move(names))
{
    setObjectName(QStringLiteral("fd.billing.chargeEntry"));
    setWindowTitle(tr("Enter Charges"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.billing.charges.message"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_post = buttons->addButton(tr("&Post charges"), QDialogButtonBox::AcceptRole);
    m_post->setObjectName(QStringLiteral("fd.billing.charges.post"));
    m_post->setToolTip(tr("Store the charges and post them to the ledger (Ctrl+Return)"));
    m_post->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildAppointments(), 2);
    layout->addWidget(buildForm());
    layout->addWidget(buildLines(), 2);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_post, &QPushButton::clicked, this, &ChargeEntryDialog::post);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ChargeEntryDialog::post);
    resize(860, 640);
    fillProviders();
    setDate(date);
    m_appointments->setFocus();
}

QWidget* ChargeEntryDialog::buildAppointments()
{
    auto* box = new QWidget(this);
    m_date = new QDateEdit(box);
    m_date->setObjectName(QStringLiteral("fd.billing.charges.date"));
    m_date->setCalendarPopup(true);
    m_dayModel = new QStandardItemModel(0, 5, this);
    m_dayModel->setHorizontalHeaderLabels({tr("Time"), tr("Patient"), tr("Provider"), tr("Type"), tr("Status")});
    m_appointments = new QTableView(box);
    m_appointments->setObjectName(QStringLiteral("fd.billing.charges.appointments"));
    m_appointments->setModel(m_dayModel);
    m_appointments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_appointments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_appointments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_appointments->verticalHeader()->hide();
    m_appointments->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_appointments->installEventFilter(this);
    auto* dayLabel = new QLabel(tr("Da&y"), box);
    dayLabel->setBuddy(m_date);
    auto* top = new QHBoxLayout;
    top->addWidget(dayLabel);
    top->addWidget(m_date);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_appointments);
    connect(m_date, &QDateEdit::dateChanged, this, &ChargeEntryDialog::loadDay);
    connect(m_appointments->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChargeEntryDialog::appointmentPicked);
    return box;
}

QWidget* ChargeEntryDialog::buildForm()
{
    auto* box = new QWidget(this);
    m_visit = new QLabel(tr("Pick an appointment."), box);
    m_visit->setObjectName(QStringLiteral("fd.billing.charges.visit"));
    m_rendering = new QComboBox(box);
    m_rendering->setObjectName(QStringLiteral("fd.billing.charges.rendering"));
    m_supervising = new QComboBox(box);
    m_supervising->setObjectName(QStringLiteral("fd.billing.charges.supervising"));
    m_referring = new QComboBox(box);
    m_referring->setObjectName(QStringLiteral("fd.billing.charges.referring"));
    m_priorAuth = new QLineEdit(box);
    m_priorAuth->setObjectName(QStringLiteral("fd.billing.charges.priorAuth"));
    m_diagnoses = new QLineEdit(box);
    m_diagnoses->setObjectName(QStringLiteral("fd.billing.charges.diagnoses"));
    m_diagnoses->setPlaceholderText(tr("ICD-10-CM codes in order, the principal first: J06.9, E11.9"));
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_visit);
    form->addRow(tr("&Diagnoses"), m_diagnoses);
    form->addRow(tr("&Rendering"), m_rendering);
    form->addRow(tr("&Supervising"), m_supervising);
    form->addRow(tr("Re&ferring"), m_referring);
    form->addRow(tr("Prior a&uthorization"), m_priorAuth);
    return box;
}

QWidget* ChargeEntryDialog::buildLines()
{
    auto* box = new QWidget(this);
    m_lines = new QTableWidget(0, LineColumns, box);
    m_lines->setObjectName(QStringLiteral("fd.billing.charges.lines"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Code"), tr("Modifiers"), tr("Units"), tr("Diagnosis pointers"), tr("Self-pay")});
    m_lines->horizontalHeader()->setSectionResizeMode(PointersColumn, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setTabKeyNavigation(true);
    auto* add = new QPushButton(tr("Add li&ne"), box);
    add->setObjectName(QStringLiteral("fd.billing.charges.addLine"));
    auto* remove = new QPushButton(tr("Remo&ve line"), box);
    remove->setObjectName(QStringLiteral("fd.billing.charges.removeLine"));
    auto* hint = new QLabel(tr("Modifiers and pointers separated by spaces or commas; pointers count "
                               "the diagnoses from 1."),
                            box);
    hint->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addWidget(hint, 1);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lines);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] {
        addLine();
        m_lines->setCurrentCell(m_lines->rowCount() - 1, CodeColumn);
        m_lines->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_lines->currentRow() >= 0)
            m_lines->removeRow(m_lines->currentRow());
    });
    return box;
}

void ChargeEntryDialog::fillProviders()
{
    using practice::ClaimRole;
    const std::pair<QComboBox*, ClaimRole> boxes[] = {{m_rendering, ClaimRole::Rendering},
                                                      {m_supervising, ClaimRole::Supervising},
                                                      {m_referring, ClaimRole::Referring}};
    for (const auto& [box, role] : boxes) {
        if (box != m_rendering)
            box->addItem(tr("None"), QString());
        practice::ProviderFilter filter;
        filter.role = int(role);
        filter.includeExternal = role == ClaimRole::Referring;
        if (auto providers = m_services.providers->list(filter))
            for (const practice::Provider& p : providers.value())
                box->addItem(p.displayName(), p.id);
    }
}

void ChargeEntryDialog::setDate(const QDate& date)
{
    if (m_date->date() == date)
        loadDay();
    else
        m_date->setDate(date);
}

void ChargeEntryDialog::loadDay()
{
    m_dayModel->removeRows(0, m_dayModel->rowCount());
    m_rows.clear();
    calendar::FlowQuery query;
    query.date = m_date->date();
    query.includeCancelled = false;
    auto board = m_services.desk->board(query);
    if (!board) {
        showMessage(board.error().message);
        return;
    }
    m_rows = std::move(board.value());
    for (const calendar::FlowRow& r : m_rows) {
        QList<QStandardItem*> items;
        for (const QString& text : {QLocale().toString(r.localStart.time(), QLocale::ShortFormat), r.patientName,
                                    r.providerName, r.typeName, visitStatus(r.appointment.status)})
            items << new QStandardItem(text);
        items.front()->setData(r.appointment.id, kAppointmentIdRole);
        m_dayModel->appendRow(items);
    }
    m_appointments->resizeColumnsToContents();
    m_appointments->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (m_rows.empty())
        showMessage(tr("No appointments on %1.").arg(BillingText::date(query.date)), false);
    else {
        showMessage({});
        m_appointments->selectRow(0);
    }
}

bool ChargeEntryDialog::selectAppointment(const QString& appointmentId)
{
    for (int row = 0; row < m_dayModel->rowCount(); ++row)
        if (m_dayModel->item(row, 0)->data(kAppointmentIdRole).toString() == appointmentId) {
            m_appointments->selectRow(row);
            appointmentPicked();
            return m_appointmentId == appointmentId && m_post->isEnabled();
        }
    return false;
}

void ChargeEntryDialog::appointmentPicked()
{
    const int row = m_appointments->currentIndex().row();
    m_appointmentId.clear();
    m_post->setEnabled(false);
    m_lines->setRowCount(0);
    if (row < 0 || row >= int(m_rows.size()))
        return;
    const calendar::FlowRow& r = m_rows[size_t(row)];
    m_visit->setText(tr("%1 — %2 at %3, %4").arg(r.patientName, BillingText::date(r.localStart.date()),
                                                 QLocale().toString(r.localStart.time(), QLocale::ShortFormat),
                                                 r.locationName));
    auto charged = m_services.charges->encounterForAppointment(r.appointment.id);
    if (!charged) {
        showMessage(charged.error().message);
        return;
    }
    if (charged->has_value()) {
        showMessage(tr("Charges were entered for this visit already (%1).")
                        .arg(BillingText::money(charged->value().total())),
                    false);
        return;
    }
    m_appointmentId = r.appointment.id;
    m_rendering->setCurrentIndex(std::max(0, m_rendering->findData(r.appointment.providerId)));
    m_supervising->setCurrentIndex(0);
    m_referring->setCurrentIndex(0);
    m_priorAuth->clear();
    fillFromSuperbill(r.appointment);
    showMessage({});
    m_post->setEnabled(true);
}

void ChargeEntryDialog::fillFromSuperbill(const calendar::Appointment& appointment)
{
    auto superbill = m_services.charges->superbill(appointment.typeId, appointment.providerId);
    if (!superbill) {
        showMessage(superbill.error().message);
        return;
    }
    for (const SuperbillItem& item : superbill->items)
        addLine(item.code, item.modifiers, item.units);
    if (superbill->items.empty())
        addLine();
}

void ChargeEntryDialog::addLine(const QString& code, const QStringList& modifiers, int units)
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    m_lines->setItem(row, CodeColumn, new QTableWidgetItem(code));
    m_lines->setItem(row, ModifiersColumn, new QTableWidgetItem(modifiers.join(QLatin1Char(' '))));
    m_lines->setItem(row, UnitsColumn, new QTableWidgetItem(QString::number(units)));
    m_lines->setItem(row, PointersColumn, new QTableWidgetItem(QStringLiteral("1")));
    auto* selfPay = new QTableWidgetItem;
    selfPay->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    selfPay->setCheckState(Qt::Unchecked);
    m_lines->setItem(row, SelfPayColumn, selfPay);
}

std::optional<std::vector<LineInput>> ChargeEntryDialog::lines()
{
    std::vector<LineInput> out;
    auto cell = [this](int row, int column) {
        const QTableWidgetItem* item = m_lines->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        LineInput line;
        line.code = cell(row, CodeColumn).toUpper();
        if (line.code.isEmpty())
            continue;  // a blank line left at the end
        line.modifiers = splitList(cell(row, ModifiersColumn).toUpper());
        bool ok = false;
        line.units = cell(row, UnitsColumn).toInt(&ok);
        if (!ok) {
            showMessage(tr("Line %1: units must be a whole number.").arg(row + 1));
            return std::nullopt;
        }
        for (const QString& p : splitList(cell(row, PointersColumn).replace(QLatin1Char('.'), QLatin1Char(' ')))) {
            const int pointer = p.toInt(&ok);
            if (!ok) {
                showMessage(tr("Line %1: \"%2\" is not a diagnosis number.").arg(row + 1).arg(p));
                return std::nullopt;
            }
            line.pointers << pointer;
        }
        const QTableWidgetItem* selfPay = m_lines->item(row, SelfPayColumn);
        line.selfPay = selfPay && selfPay->checkState() == Qt::Checked;
        out.push_back(std::move(line));
    }
    if (out.empty()) {
        showMessage(tr("Enter at least one line with a code."));
        return std::nullopt;
    }
    return out;
}

bool ChargeEntryDialog::post()
{
    if (m_appointmentId.isEmpty() || !m_post->isEnabled())
        return false;
    auto lineInputs = lines();
    if (!lineInputs)
        return false;
    EncounterInput input;
    input.appointmentId = m_appointmentId;
    input.renderingProviderId = m_rendering->currentData().toString();
    input.supervisingProviderId = m_supervising->currentData().toString();
    input.referringProviderId = m_referring->currentData().toString();
    input.priorAuthorization = m_priorAuth->text().trimmed();
    input.diagnoses = splitList(m_diagnoses->text().toUpper());
    input.lines = std::move(*lineInputs);
    auto entered = m_services.charges->enterCharges(input);
    if (!entered) {
        showMessage(entered.error().message);
        return false;
    }
    m_encounter = entered.value();
    m_post->setEnabled(false);  // posted once: a second Enter must not try again
    emit chargesEntered(entered->id);
    accept();
    return true;
}

bool ChargeEntryDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter on the day's list goes on to the diagnoses: the next thing to type.
    if (watched == m_appointments && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_appointmentId.isEmpty()) {
            m_diagnoses->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ChargeEntryDialog::showMessage(const QString& text, bool error)
{
    DockParts::styleMessage(m_message, text, error);
}

}  // namespace fd::billing::ui
