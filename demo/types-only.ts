// What `folio-elements/react` is at run time: nothing. Its typings are all it brings.
export {};
