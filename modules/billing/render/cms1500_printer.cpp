#include "billing/render/cms1500_printer.h"

#include <QPrinter>

namespace fd::billing::render {

Result<Cms1500Document> Cms1500Printer::document(const QStringList& claimIds, const Cms1500Options& options) const
{
    auto forms = m_builder.build(claimIds);
    FD_TRY(forms);
    return Cms1500Document(std::move(forms.value()), options);
}

Result<QByteArray> Cms1500Printer::render(const QStringList& claimIds, const Cms1500Options& options) const
{
    auto doc = document(claimIds, options);
    FD_TRY(doc);
    auto bytes = doc->pdf();
    FD_TRY(bytes);
    FD_TRY(m_builder.recordPrinted(doc->claims(), QStringLiteral("pdf")));
    return bytes;
}

Status Cms1500Printer::print(const QStringList& claimIds, QPrinter& printer, const Cms1500Options& options) const
{
    auto doc = document(claimIds, options);
    FD_TRY(doc);
    FD_TRY(doc->print(printer));
    return m_builder.recordPrinted(doc->claims(), QStringLiteral("printer"));
}

}  // namespace fd::billing::render
