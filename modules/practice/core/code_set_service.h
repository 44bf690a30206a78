#pragma once

#include "practice/core/code_sets.h"
#include "practice/core/practice_service_context.h"

namespace fd::practice {

class CodeSetService final : public ICodeSetService
{
public:
    explicit CodeSetService(PracticeServiceContext context) : m_ctx(std::move(context)) {}

    Result<CodeSetVersion> importFile(CodeSet set, const QString& version, const QDate& effectiveFrom,
                                      const QString& path) override;
    Result<CodeSetVersion> importData(CodeSet set, const QString& version, const QDate& effectiveFrom,
                                      const QByteArray& data, const QString& sourceName) override;
    Result<std::vector<CodeSetVersion>> versions(CodeSet set) const override;
    Result<CodeMatch> validate(CodeSet set, const QString& code, const QDate& dateOfService,
                               bool requireBillable) const override;
    Result<std::vector<CodeMatch>> searchPrefix(CodeSet set, const QString& prefix, const QDate& date,
                                                int limit) const override;
    Result<std::vector<CodeMatch>> searchText(CodeSet set, const QString& text, const QDate& date,
                                              int limit) const override;

private:
    Status requireView() const;

    mutable PracticeServiceContext m_ctx;
};

}  // namespace fd::practice
