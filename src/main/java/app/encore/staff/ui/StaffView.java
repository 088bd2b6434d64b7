package app.encore.staff.ui;

import app.encore.staff.InvalidStaffInputException;
import app.encore.staff.StaffAccounts;
import app.encore.staff.StaffMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins add moderators, disable and enable accounts, and reset passwords. */
@Route("admin/users")
@RolesAllowed("ADMIN")
@Menu(order = 40, title = "nav.users")
class StaffView extends Div implements HasDynamicTitle {

    private final StaffAccounts accounts;

    final Grid<StaffMember> grid = new Grid<>();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final Button add = new Button();

    StaffView(StaffAccounts accounts) {
        this.accounts = accounts;
        addClassNames("page", "admin-page");
        grid.addColumn(StaffMember::username).setHeader(getTranslation("staff.username")).setAutoWidth(true);
        grid.addColumn(member -> getTranslation("staff.role." + member.role().name())).setHeader(getTranslation("staff.role"))
                .setAutoWidth(true);
        grid.addColumn(member -> !member.enabled() ? getTranslation("staff.disabled")
                : member.lockedUntil() != null ? getTranslation("staff.locked") : getTranslation("staff.active"))
                .setHeader(getTranslation("staff.status")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("staff.actions")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("staff.heading"));

        username.setLabel(getTranslation("staff.username"));
        username.setHelperText(getTranslation("staff.username-help"));
        username.setMaxLength(40);
        password.setLabel(getTranslation("staff.password"));
        password.setHelperText(getTranslation("staff.password-help"));
        add.setText(getTranslation("staff.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addModerator());
        var form = new Div(new H2(getTranslation("staff.add-heading")), username, password, add);
        form.addClassName("staff-form");

        add(new H1(getTranslation("staff.heading")), grid, form);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    private Div actions(StaffMember member) {
        var box = new Div();
        box.addClassName("staff-actions");
        if (member.enabled()) {
            var disable = new Button(getTranslation("staff.disable"), e -> {
                try {
                    accounts.disable(member.id(), getTranslation("staff.disabled-by-admin"));
                    refresh();
                } catch (InvalidStaffInputException refused) {
                    com.vaadin.flow.component.notification.Notification.show(getTranslation("staff.not-yourself"));
                }
            });
            disable.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            disable.setAriaLabel(getTranslation("staff.disable") + " " + member.username());
            box.add(disable);
        } else {
            var enable = new Button(getTranslation("staff.enable"), e -> {
                accounts.enable(member.id());
                refresh();
            });
            enable.addThemeVariants(ButtonVariant.LUMO_SMALL);
            enable.setAriaLabel(getTranslation("staff.enable") + " " + member.username());
            box.add(enable);
        }
        var reset = new Button(getTranslation("staff.reset"), e -> showNewPassword(member, accounts.resetPassword(member.id())));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.setAriaLabel(getTranslation("staff.reset") + " " + member.username());
        box.add(reset);
        return box;
    }

    private void showNewPassword(StaffMember member, String newPassword) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.new-password-title", member.username()));
        var secret = new Span(newPassword);
        secret.addClassName("new-password");
        dialog.add(new Paragraph(getTranslation("staff.new-password-text")), secret);
        dialog.getFooter().add(new Button(getTranslation("staff.done"), e -> dialog.close()));
        dialog.open();
        refresh();
    }

    private void addModerator() {
        username.setInvalid(false);
        password.setInvalid(false);
        try {
            accounts.addModerator(username.getValue(), password.getValue());
            username.clear();
            password.clear();
            refresh();
        } catch (InvalidStaffInputException invalid) {
            com.vaadin.flow.component.HasValidation field = invalid.field().equals("password") ? password : username;
            String key = invalid.field().equals("password") ? "staff.password-invalid"
                    : invalid.getMessage().equals("taken") ? "staff.username-taken" : "staff.username-invalid";
            field.setErrorMessage(getTranslation(key));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.heading") + " · " + getTranslation("app.name");
    }
}
