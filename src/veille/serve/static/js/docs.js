// The API's browsable page (/docs): Swagger UI from the package's own files, reading this
// server's /openapi.json. No validator badge (it would call a server on the internet).
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  validatorUrl: null,
  deepLinking: true,
});
