#include "practice/core/code_sets.h"

#include "practice/core/practice_validation.h"

#include <QCoreApplication>

namespace fd::practice {

QList<CodeSet> allCodeSets()
{
    return {CodeSet::Icd10Cm, CodeSet::Hcpcs, CodeSet::Taxonomy, CodeSet::Carc,
            CodeSet::Rarc, CodeSet::PlaceOfService, CodeSet::ClaimStatus, CodeSet::ClaimStatusCategory};
}

QString codeSetId(CodeSet set)
{
    switch (set) {
    case CodeSet::Icd10Cm: return QStringLiteral("icd10cm");
    case CodeSet::Hcpcs: return QStringLiteral("hcpcs");
    case CodeSet::Taxonomy: return QStringLiteral("taxonomy");
    case CodeSet::Carc: return QStringLiteral("carc");
    case CodeSet::Rarc: return QStringLiteral("rarc");
    case CodeSet::PlaceOfService: return QStringLiteral("pos");
    case CodeSet::ClaimStatus: return QStringLiteral("claim-status");
    case CodeSet::ClaimStatusCategory: return QStringLiteral("claim-status-category");
    }
    return {};
}

QString codeSetDisplayName(CodeSet set)
{
    switch (set) {
    case CodeSet::Icd10Cm: return QStringLiteral("ICD-10-CM");
    case CodeSet::Hcpcs: return QStringLiteral("HCPCS");
    case CodeSet::Taxonomy: return QCoreApplication::translate("fd::practice", "NUCC taxonomy");
    case CodeSet::Carc: return QCoreApplication::translate("fd::practice", "adjustment reason (CARC)");
    case CodeSet::Rarc: return QCoreApplication::translate("fd::practice", "remark (RARC)");
    case CodeSet::PlaceOfService: return QCoreApplication::translate("fd::practice", "place of service");
    case CodeSet::ClaimStatus: return QCoreApplication::translate("fd::practice", "claim status");
    case CodeSet::ClaimStatusCategory: return QCoreApplication::translate("fd::practice", "claim status category");
    }
    return {};
}

Result<CodeSet> codeSetFromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (CodeSet set : allCodeSets())
        if (codeSetId(set) == wanted)
            return set;
    QStringList names;
    for (CodeSet set : allCodeSets())
        names << codeSetId(set);
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("fd::practice", "Unknown code set \"%1\" (one of %2).").arg(id, names.join(QStringLiteral(", "))),
                     QStringLiteral("set"));
}

}  // namespace fd::practice
