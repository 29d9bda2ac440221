// Post the search form to /emp/search/{last}/{first}, the names being path segments.
document.getElementById("searchForm").addEventListener("submit", (event) => {
  const form = event.target;
  const last = encodeURIComponent(form.elements.last_name.value);
  const first = encodeURIComponent(form.elements.first_name.value);
  form.action = `/emp/search/${last}/${first}`;
});
