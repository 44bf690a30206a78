#include "calendar/dock/patient_picker.h"

#include <QKeyEvent>

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace fd::calendar::dock {

namespace {
enum Role
{
    IdRole = Qt::UserRole + 1,
    NameRole,
    RestrictedRole
};
}  // namespace

PatientPicker::PatientPicker(std::shared_ptr<patients::IPatientSearch> search, QWidget* parent)
    : QWidget(parent), m_searchService(std::move(search))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("fd.calendar.patient.search"));
    m_search->setPlaceholderText(
        tr("Find the patient: name, date of birth, phone or account number"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("fd.calendar.patient.results"));
    m_results->setMaximumHeight(m_results->fontMetrics().height() * 6);
    m_results->hide();
    m_chosen = new QLabel(tr("No patient chosen."), this);
    m_chosen->setObjectName(QStringLiteral("fd.calendar.patient.chosen"));
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(m_chosen);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &PatientPicker::searchNow);
    connect(m_results, &QListWidget::itemActivated, this, &PatientPicker::pickCurrent);
    connect(m_results, &QListWidget::itemClicked, this, &PatientPicker::pickCurrent);
    setFocusProxy(m_search);
}

void PatientPicker::setPatient(const QString& id, const QString& displayName, bool restricted)
{
    m_patientId = id;
    m_patientName = displayName;
    m_restricted = restricted;
    m_chosen->setText(id.isEmpty() ? tr("No patient chosen.") : tr("Patient: %1").arg(displayName));
    emit patientChanged();
}

void PatientPicker::searchNow()
{
    m_debounce->stop();
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !m_searchService) {
        m_results->hide();
        return;
    }
    patients::PatientSearchOptions options;
    options.limit = 15;
    options.withActivity = false;
    auto hits = m_searchService->search(text, options);
    if (!hits) {
        new QListWidgetItem(hits.error().message, m_results);
        m_results->show();
        return;
    }
    for (const patients::PatientSearchHit& hit : hits.value()) {
        const patients::PatientSummary& s = hit.patient;
        auto* item =
            new QListWidgetItem(tr("%1   #%2   %3")
                                    .arg(s.displayName, s.accountNumber,
                                         s.birthDate.toString(QStringLiteral("MM/dd/yyyy"))),
                                m_results);
        item->setData(IdRole, s.id);
        item->setData(NameRole, s.displayName);
        item->setData(RestrictedRole, s.restricted);
    }
    if (m_results->count() == 0)
        new QListWidgetItem(tr("No patient matches \"%1\".").arg(text), m_results);
    else
        m_results->setCurrentRow(0);
    m_results->show();
}

void PatientPicker::pickCurrent()
{
    if (m_debounce->isActive())
        searchNow();  // Enter typed faster than the debounce
    QListWidgetItem* item =
        m_results->currentItem() ? m_results->currentItem() : m_results->item(0);
    if (!item || item->data(IdRole).toString().isEmpty())
        return;
    setPatient(item->data(IdRole).toString(), item->data(NameRole).toString(),
               item->data(RestrictedRole).toBool());
    m_results->hide();
}

bool PatientPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        // Enter picks the patient; it must not reach the dialog's default button.
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            pickCurrent();
            return true;
        }
    }
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

}  // namespace fd::calendar::dock
