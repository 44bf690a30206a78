#pragma once

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace fd::accounts::render {

// Whether a receipt is the one handed over when the payment was taken or printed again later.
enum class ReceiptCopy
{
    Original,
    Reprint
};

// What a payment paid: a service line's patient balance.
struct ReceiptLine
{
    QDate serviceDate;
    QString code;
    QString description;
    Money applied;
};

// Everything a patient payment's receipt shows, gathered from the ledger, the registry and the
// practice profile by ReceiptBuilder. Times are in the practice's time zone.
struct Receipt
{
    QString entryId;
    QString patientId;
    QString number;  // "R-1A2B-3C4D-5E6F": the entry id's first twelve hex digits

    QString practiceName;
    QStringList practiceAddress;  // street lines, then "City, ST 12345"
    QString practicePhone;

    QDateTime receivedAt;  // in the practice's time zone
    QString timeZoneAbbreviation;  // "EDT"
    QDate paymentDate;

    QString patientName;
    QString accountNumber;
    QString guarantorName;  // empty when the patient is their own guarantor

    Money amount;
    QString method;     // cash, check, card
    QString reference;  // as the ledger stores it: check number, card reference

    std::vector<ReceiptLine> appliedTo;
    Money unapplied;  // became the patient's credit

    // The account after this payment (entries posted up to and including it).
    Money insuranceAfter;
    Money patientAfter;
    Money creditAfter;

    QString receivedBy;  // the display name of the user who recorded it

    ReceiptCopy copy = ReceiptCopy::Original;
    QDateTime printedAt;  // in the practice's time zone
    QString printedBy;

    bool reversed = false;
    QDateTime reversedAt;  // in the practice's time zone
    QString reversalReason;

    Money totalAfter() const { return insuranceAfter + patientAfter - creditAfter; }
};

// "R-1A2B-3C4D-5E6F" for an entry id (a UUID): the same on every reprint, and the entry id
// starts with its digits, so staff can find the payment from the paper.
QString receiptNumber(const QString& entryId);

}  // namespace fd::accounts::render
