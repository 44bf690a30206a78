#pragma once

#include "practice/ui/practice_services.h"
#include "practice/ui/practice_table_model.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace fd::practice::ui {

// Code sets: search a set by code prefix or words as of a date of service, see the imported
// versions with their dates, import a publisher's file.
class CodeSetsPage final : public QWidget
{
    Q_OBJECT
public:
    CodeSetsPage(PracticeServices services, bool canImport, QWidget* parent = nullptr);

    void search();
    Status importFile(CodeSet set, const QString& version, const QDate& effectiveFrom, const QString& path);
    void setSearch(CodeSet set, const QString& text, const QDate& date);
    PracticeTableModel* results() const { return m_results; }
    PracticeTableModel* versions() const { return m_versions; }
    QString statusText() const;

private:
    void showVersions();
    void askImport();
    CodeSet currentSet() const;

    PracticeServices m_services;
    QComboBox* m_set;
    QDateEdit* m_date;
    QLineEdit* m_text;
    PracticeTableModel* m_results;
    PracticeTableModel* m_versions;
    QLabel* m_status;
};

}  // namespace fd::practice::ui
