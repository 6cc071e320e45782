/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { testIds } from "../../src/taskpane/testIds";

describe("task pane shell", () => {
  test("shows the four steps of the request in Dutch", () => {
    render(<App host="excel" initialLang="nl" />);
    expect(screen.getAllByRole("tab")).toHaveLength(4);
    for (const name of ["1. Beslissen", "2. Motiveren", "3. Gegevens beschrijven", "4. Aanvraag doen"]) {
      expect(screen.getByRole("tab", { name })).toBeInTheDocument();
    }
    expect(screen.getByText("Stap 1 van 4")).toBeInTheDocument();
  });

  test("moving to a step shows that step", () => {
    render(<App host="excel" initialLang="fr" />);
    fireEvent.click(screen.getByTestId(testIds.stepTab("describe")));
    expect(screen.getByTestId(testIds.stepPanel("describe"))).toHaveTextContent("Décrire les données");
    expect(screen.getByText("Étape 3 sur 4")).toBeInTheDocument();
  });

  test("the language switch changes every label", () => {
    render(<App host="standalone" initialLang="en" />);
    expect(screen.getByRole("tab", { name: "1. Decide" })).toBeInTheDocument();
    fireEvent.click(screen.getByTestId(testIds.languageSwitch));
    fireEvent.click(screen.getByRole("option", { name: "Français" }));
    expect(screen.getByRole("tab", { name: "1. Décider" })).toBeInTheDocument();
    expect(screen.getByText(/restent sur cet ordinateur/)).toBeInTheDocument();
  });
});
