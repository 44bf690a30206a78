#pragma once

#include "common/result.h"
#include "practice/core/practice_types.h"

#include <QString>

namespace fd::practice {

// Form checks shared by the services, the CLI and the setup screens. Each returns an
// InvalidInput error whose message names the field and the value, and whose details carry
// the field's key (snake_case), so a screen can put the message beside the right box.
Status checkNpi(const QString& npi, const QString& field, bool required);
Status checkTaxId(const QString& taxId);
Status checkTaxonomyForm(const QString& taxonomy, const QString& field);
Status checkTimeZone(const QString& zone, const QString& field);
Status checkAddress(const Address& address, const QString& field, bool required);
Status checkPlaceOfServiceForm(const QString& code);
Status checkHours(const QMap<QString, QString>& hours);

bool isValidTaxId(const QString& taxId);
bool isValidTaxonomyForm(const QString& taxonomy);  // 10 characters ending in X
bool isValidTimeZone(const QString& zone);
bool isValidState(const QString& state);
bool isValidZip(const QString& zip);

// "12-3456789" -> "123456789"; claims carry the nine digits.
QString normalizeTaxId(const QString& taxId);

QString practiceTr(const char* text);

}  // namespace fd::practice
