#pragma once

#include <QString>

#include <memory>
#include <typeindex>
#include <unordered_map>
#include <vector>

namespace fd {

// One registry of typed services (interfaces), filled by each core's registerServices() and
// read by the shell, the CLI and the server. No singletons: whoever owns the registry owns
// the services.
class ServiceRegistry
{
public:
    template <typename Interface>
    void add(std::shared_ptr<Interface> service)
    {
        m_services[std::type_index(typeid(Interface))] = std::move(service);
    }

    template <typename Interface>
    std::shared_ptr<Interface> get() const
    {
        auto it = m_services.find(std::type_index(typeid(Interface)));
        if (it == m_services.end())
            return nullptr;
        return std::static_pointer_cast<Interface>(it->second);
    }

    template <typename Interface>
    bool has() const
    {
        return m_services.count(std::type_index(typeid(Interface))) > 0;
    }

    template <typename Interface>
    void remove()
    {
        m_services.erase(std::type_index(typeid(Interface)));
    }

    // Several implementations of one interface (each core's FHIR resources, say): every core
    // appends its own, and readers get them all in the order they were appended.
    template <typename Interface>
    void append(std::shared_ptr<Interface> service)
    {
        m_lists[std::type_index(typeid(Interface))].push_back(std::move(service));
    }

    template <typename Interface>
    std::vector<std::shared_ptr<Interface>> all() const
    {
        std::vector<std::shared_ptr<Interface>> out;
        auto it = m_lists.find(std::type_index(typeid(Interface)));
        if (it != m_lists.end()) {
            for (const auto& service : it->second)
                out.push_back(std::static_pointer_cast<Interface>(service));
        }
        return out;
    }

    void clear()
    {
        m_services.clear();
        m_lists.clear();
    }

private:
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_services;
    std::unordered_map<std::type_index, std::vector<std::shared_ptr<void>>> m_lists;
};

}  // namespace fd
