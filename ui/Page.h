// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiContext.h"
#include "domain/Role.h"

#include <QIcon>
#include <QWidget>

namespace Club::Core {
struct CardPresentation;
}

namespace Club::Ui {

// One page of the main window's side bar: a thin view over services. The window shows a
// page only to operators whose role has the page's permission.
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(UiContext &context, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    virtual Core::Permission permission() const = 0;
    // Called each time the page comes to the front: refresh what may have changed.
    virtual void activate() {}
    // A card tapped or swiped while this page is in front. True when the page used it (the
    // sales desk loads the card into its basket); false lets the window open the member.
    virtual bool takeCardPresentation(const Core::CardPresentation &) { return false; }

protected:
    UiContext &context() const { return m_context; }

private:
    UiContext &m_context;
};

} // namespace Club::Ui
