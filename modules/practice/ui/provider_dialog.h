#pragma once

#include "practice/core/locations.h"
#include "practice/core/providers.h"
#include "practice/ui/field_errors.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLineEdit;
class QListWidget;

namespace fd::practice::ui {

// Adds or edits a provider: names, credentials, NPI (checked as typed), NUCC taxonomy,
// specialties, the locations they work at, how they bill and their roles on claims.
class ProviderDialog final : public QDialog
{
    Q_OBJECT
public:
    ProviderDialog(std::shared_ptr<IProviderService> service, const std::vector<Location>& locations,
                   Provider provider, QWidget* parent = nullptr);

    const Provider& saved() const { return m_provider; }
    const FieldErrors& errors() const { return m_errors; }
    void save();

private:
    void buildLayout();
    Provider collect() const;

    std::shared_ptr<IProviderService> m_service;
    Provider m_provider;
    QLabel* m_general;
    FieldErrors m_errors;
    QLineEdit* m_first;
    QLineEdit* m_last;
    QLineEdit* m_credentials;
    QLineEdit* m_npi;
    QLineEdit* m_taxonomy;
    QLineEdit* m_specialties;
    QListWidget* m_locations;
    QCheckBox* m_ownNpi;
    QCheckBox* m_rendering;
    QCheckBox* m_supervising;
    QCheckBox* m_referring;
    QCheckBox* m_external;
};

}  // namespace fd::practice::ui
