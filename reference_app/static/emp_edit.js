// Post the maintenance form, asking for a JSON response, and show the status or field errors.
const form = document.getElementById("employeeForm");
const result = document.getElementById("saveResult");

function showErrors(errors) {
  const list = document.createElement("div");
  list.className = "field-errors";
  for (const error of errors) {
    const entry = document.createElement("div");
    entry.dataset.errorFor = error.id;
    const label = document.createElement("strong");
    label.textContent = error.label;
    const messages = document.createElement("ul");
    for (const message of error.errors) {
      const item = document.createElement("li");
      item.textContent = message;
      messages.append(item);
    }
    entry.append(label, messages);
    list.append(entry);
  }
  result.append(list);
}

function showSaved(data) {
  const saved = [...data.employees_new_list, ...data.employees_updated_list][0];
  if (saved && !form.elements.empNo.value) {
    // The employee exists now, so the next save of this page updates it.
    form.elements.empNo.value = saved.emp_no;
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  result.replaceChildren();
  let body;
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      headers: { "x-expected-format": "application/json" },
      credentials: "same-origin",
    });
    body = await response.json();
  } catch (error) {
    result.textContent = `Saving failed: ${error}`;
    return;
  }
  const heading = document.createElement("h4");
  heading.textContent = body.status.text || `Status ${body.status.code}`;
  result.append(heading);
  if (body.status.code === 200 && body.data) {
    showSaved(body.data);
  } else if (body.data && body.data.errors) {
    showErrors(body.data.errors);
  }
});
