#pragma once

#include "common/result.h"
#include "security/interfaces.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QTableView;
class QToolButton;

namespace fd::admin {

class AuditModel;

// The Audit dock: the trail page by page with filters (user, patient id, action, dates), the
// break-glass quick filter, chain verification, printing (paper or PDF) and CSV export. What
// leaves the trail (print, export) needs admin.audit.export and is itself audited.
class AuditView final : public QWidget
{
    Q_OBJECT
public:
    AuditView(std::shared_ptr<security::IAuditTrail> audit, std::shared_ptr<security::IAccessControl> access,
              QString practiceName, QWidget* parent = nullptr);

    AuditModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    security::AuditFilter currentFilter() const;
    void applyFilter();
    void clearFilter();
    void setBreakGlassOnly(bool on);

    // Verifies the chain and returns the sentence shown to the user.
    QString verifyChain(bool* intact = nullptr);
    void verifyInteractive();
    void printInteractive();
    void exportPdfInteractive();
    void exportCsvInteractive();
    void exportFhirInteractive();
    // Write the filtered entries to `path`; the export is audited. Return the entry count.
    Result<qint64> exportCsv(const QString& path);
    Result<qint64> exportFhir(const QString& path);

private:
    QWidget* buildFilterBar();
    QWidget* buildButtonBar();
    void updateSummary();
    Status printTo(QPrinter& printer, const QString& destination);
    QString filterDescription() const;
    void showError(const QString& message);

    std::shared_ptr<security::IAuditTrail> m_audit;
    std::shared_ptr<security::IAccessControl> m_access;
    QString m_practiceName;
    AuditModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_patient = nullptr;
    QComboBox* m_action = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QToolButton* m_breakGlass = nullptr;
    QLabel* m_summary = nullptr;
};

}  // namespace fd::admin
