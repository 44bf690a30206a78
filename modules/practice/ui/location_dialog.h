#pragma once

#include "practice/core/locations.h"
#include "practice/ui/field_errors.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace fd::practice::ui {

class AddressEditor;

// Adds or edits a location: name, address, time zone, place of service, facility NPI,
// phone, hours and its rooms and equipment. Save asks the service; a refusal is shown under
// the field it names and the dialog stays open.
class LocationDialog final : public QDialog
{
    Q_OBJECT
public:
    LocationDialog(std::shared_ptr<ILocationService> service, Location location, QWidget* parent = nullptr);

    const Location& saved() const { return m_location; }
    const FieldErrors& errors() const { return m_errors; }
    void save();  // the OK button

private:
    void buildLayout();
    Location collect() const;

    std::shared_ptr<ILocationService> m_service;
    Location m_location;
    QLabel* m_general;
    FieldErrors m_errors;
    QLineEdit* m_name;
    AddressEditor* m_address;
    QComboBox* m_timeZone;
    QLineEdit* m_pos;
    QLineEdit* m_facilityNpi;
    QLineEdit* m_phone;
    QPlainTextEdit* m_hours;
    QPlainTextEdit* m_resources;
};

}  // namespace fd::practice::ui
