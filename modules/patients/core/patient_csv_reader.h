#pragma once

#include "patients/core/patient_csv.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <functional>

namespace fd::patients {

// What reading a patient file needs to know of the practice.
struct PatientCsvLookups
{
    QDate today;
    // Payer keys (payer ids, folded names, internal ids) -> the practice payers' internal ids.
    QHash<QString, QStringList> payers;
    // Whether an existing record already holds the account number.
    std::function<bool(const QString&)> accountTaken;
};

QString payerLookupKey(const QString& text);  // trimmed, case folded

// Parses the file, matches its columns, turns each record into a patient (and coverage) and
// checks each one with the registry's validation; nothing is written.
PatientCsvPreview readPatientCsv(const QByteArray& csv,
                                 const std::optional<PatientCsvMapping>& mapping,
                                 const PatientCsvLookups& lookups);

// One CSV record: fields quoted where RFC 4180 needs it, CRLF-terminated.
QByteArray csvRecord(const QStringList& fields);

// "1980-03-07", "03/07/1980", "3/7/1980", "03-07-1980", "19800307"; invalid otherwise.
QDate parseCsvDate(const QString& text);

}  // namespace fd::patients
