#include "practice/ui/location_dialog.h"

#include "practice/core/practice_profile.h"
#include "practice/ui/address_editor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace fd::practice::ui {

namespace {

// The US zones a practice is most likely in, then every other zone QTimeZone knows.
QStringList timeZoneChoices()
{
    QStringList zones{QStringLiteral("America/New_York"), QStringLiteral("America/Chicago"),
                      QStringLiteral("America/Denver"),   QStringLiteral("America/Phoenix"),
                      QStringLiteral("America/Los_Angeles"), QStringLiteral("America/Anchorage"),
                      QStringLiteral("Pacific/Honolulu"), QStringLiteral("America/Puerto_Rico")};
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        if (!zones.contains(QString::fromUtf8(id)))
            zones << QString::fromUtf8(id);
    return zones;
}

QString hoursText(const QMap<QString, QString>& hours)
{
    QStringList lines;
    for (const char* day : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
        if (hours.contains(QString::fromLatin1(day)))
            lines << QStringLiteral("%1 %2").arg(QString::fromLatin1(day), hours.value(QString::fromLatin1(day)));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

LocationDialog::LocationDialog(std::shared_ptr<ILocationService> service, Location location, QWidget* parent)
    : QDialog(parent),
      m_service(std::move(service)),
      m_location(std::move(location)),
      m_general(new QLabel(this)),
      m_errors(m_general),
      m_name(new QLineEdit(m_location.name, this)),
      m_address(new AddressEditor(QStringLiteral("address"), m_errors, this)),
      m_timeZone(new QComboBox(this)),
      m_pos(new QLineEdit(m_location.placeOfService, this)),
      m_facilityNpi(new QLineEdit(m_location.facilityNpi, this)),
      m_phone(new QLineEdit(m_location.phone, this)),
      m_hours(new QPlainTextEdit(hoursText(m_location.hours), this)),
      m_resources(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("fd.practice.locationDialog"));
    setWindowTitle(m_location.id.isEmpty() ? tr("Add location") : tr("Edit location"));
    m_name->setObjectName(QStringLiteral("name"));
    m_timeZone->setObjectName(QStringLiteral("time_zone"));
    m_pos->setObjectName(QStringLiteral("place_of_service"));
    m_facilityNpi->setObjectName(QStringLiteral("facility_npi"));
    m_hours->setObjectName(QStringLiteral("hours"));
    m_resources->setObjectName(QStringLiteral("resources"));
    m_timeZone->setEditable(true);
    m_timeZone->addItems(timeZoneChoices());
    m_timeZone->setCurrentText(m_location.timeZone);
    m_address->setAddress(m_location.address);
    m_hours->setPlaceholderText(tr("mon 08:00-12:00,13:00-17:00"));
    m_resources->setPlaceholderText(tr("room: Exam 1\nequipment: ECG cart"));
    QStringList resources;
    for (const LocationResource& r : m_location.resources)
        resources << QStringLiteral("%1: %2").arg(r.kind, r.name);
    m_resources->setPlainText(resources.join(QLatin1Char('\n')));
    // Typing a facility NPI checks its digit at once, before Save.
    connect(m_facilityNpi, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.size() == 10 && !isValidNpi(text))
            m_errors.showAt(QStringLiteral("facility_npi"), tr("This NPI's check digit is wrong."));
        else
            m_errors.clearAt(QStringLiteral("facility_npi"));
    });

    buildLayout();

}

void LocationDialog::buildLayout()
{
    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field, const QString& key) {
        m_errors.addRow(form, label, field, key, this);
    };
    row(tr("&Name"), m_name, QStringLiteral("name"));
    form->addRow(tr("Address"), m_address);
    row(tr("&Time zone"), m_timeZone, QStringLiteral("time_zone"));
    row(tr("&Place of service"), m_pos, QStringLiteral("place_of_service"));
    row(tr("&Facility NPI"), m_facilityNpi, QStringLiteral("facility_npi"));
    row(tr("P&hone"), m_phone, QStringLiteral("phone"));
    row(tr("H&ours"), m_hours, QStringLiteral("hours"));
    row(tr("&Rooms and equipment"), m_resources, QStringLiteral("resources"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LocationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Location LocationDialog::collect() const
{
    Location l = m_location;
    l.name = m_name->text().trimmed();
    l.address = m_address->address();
    l.timeZone = m_timeZone->currentText().trimmed();
    l.placeOfService = m_pos->text().trimmed();
    l.facilityNpi = m_facilityNpi->text().trimmed();
    l.phone = m_phone->text().trimmed();
    l.hours.clear();
    for (const QString& line : m_hours->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString t = line.trimmed();
        const qsizetype space = t.indexOf(QLatin1Char(' '));
        l.hours.insert(t.left(space).toLower(), space < 0 ? QString() : t.mid(space + 1).trimmed());
    }
    QList<LocationResource> resources;
    for (const QString& line : m_resources->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        LocationResource r;
        r.kind = colon < 0 ? QStringLiteral("room") : line.left(colon).trimmed().toLower();
        r.name = colon < 0 ? line.trimmed() : line.mid(colon + 1).trimmed();
        // Keep the ids of resources that are still listed, so they are updated, not replaced.
        for (const LocationResource& old : m_location.resources)
            if (old.kind == r.kind && old.name == r.name) {
                r.id = old.id;
                r.rowVersion = old.rowVersion;
            }
        resources.append(r);
    }
    l.resources = resources;
    return l;
}

void LocationDialog::save()
{
    auto saved = m_service->save(collect());
    if (!saved) {
        m_errors.show(saved.error());
        return;
    }
    m_location = saved.value();
    accept();
}

}  // namespace fd::practice::ui
